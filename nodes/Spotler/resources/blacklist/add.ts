import { forOperation, successOutput } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const blacklistAdd = operation({
	name: 'Add',
	value: 'add',
	action: 'Block a contact',
	description: 'Block a contact: their messages are ignored and nothing can be sent to them',
	method: 'POST',
	path: '/channels/{channel}/contacts/blacklist/{contact}',
	output: [successOutput()],
});

export const blacklistAddFields = forOperation('blacklist', 'add', [channelLocator, contactField]);
