import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const conversationGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many conversations',
	description: 'List conversations: open and auto bot ones, or those in one state',
	method: 'GET',
	path: '/tenants/{tenantId}/conversations/',
});

export const conversationGetAllFields = [
	...forOperation('conversation', 'getAll', [
		{
			displayName: 'State',
			name: 'state',
			type: 'options',
			default: '',
			description: 'Which conversations to list',
			options: [
				{ name: 'Auto Bot', value: 'auto_bot' },
				{ name: 'Blocked', value: 'blocked' },
				{ name: 'Closed', value: 'closed' },
				{ name: 'Expired', value: 'expired' },
				{ name: 'Open', value: 'open' },
				{ name: 'Open and Auto Bot (Default)', value: '' },
			],
			routing: { send: { type: 'query', property: 'state', value: '={{ $value || undefined }}' } },
		},
	]),
	...returnAllAndLimit({ resource: ['conversation'], operation: ['getAll'] }),
];
