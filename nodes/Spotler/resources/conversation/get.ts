import { forOperation } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const conversationGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a conversation',
	description: 'Read the conversation with a contact: status, assignee, team, labels, counters',
	method: 'GET',
	path: '/channels/{channel}/conversations/{contact}',
});

export const conversationGetFields = forOperation('conversation', 'get', [channelLocator, contactField]);
