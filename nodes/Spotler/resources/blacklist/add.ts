import { channelLocator, contactField, forOperation } from '../../shared/descriptions';
import { operation, successOutput } from '../../shared/routing';

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
