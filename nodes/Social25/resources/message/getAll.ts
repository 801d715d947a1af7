import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { simplifyMessagePage } from '../../shared/common-message';
import { operation } from '../../shared/operations';

export const messageGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many messages',
	description: 'List the messages of a conversation',
	method: 'GET',
	// The one route that lists a conversation's messages also takes every kind of single send.
	path: '/tenants/{tenantId}/conversations/{conversationId}/messages/',
});

export const messageGetAllFields = [
	...returnAllAndLimit({ resource: ['message'], operation: ['getAll'] }),
	...forOperation('message', 'getAll', [
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: false,
			description: 'Whether to output the common message shape shared by every provider of this package (the message stays under "raw"), instead of Social25\'s message as is',
			routing: { output: { postReceive: [simplifyMessagePage] } },
		},
	]),
];
