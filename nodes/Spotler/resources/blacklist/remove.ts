import { forOperation, successOutput } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const blacklistRemove = operation({
	name: 'Remove',
	value: 'remove',
	action: 'Unblock a contact',
	description: 'Unblock a contact',
	method: 'DELETE',
	path: '/channels/{channel}/contacts/blacklist/{contact}',
	output: [successOutput()],
});

export const blacklistRemoveFields = forOperation('blacklist', 'remove', [channelLocator, contactField]);
