import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

const show = { resource: ['conversation'], operation: ['getAll'] };

export const conversationGetAllDescription: INodeProperties[] = [
	{
		displayName: 'State',
		name: 'state',
		type: 'options',
		default: '',
		description: 'Which conversations to list',
		displayOptions: { show },
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
	...returnAllAndLimit(show),
];

export const conversationGetAll: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many conversations',
	description: 'List conversations: open and auto bot ones, or those in one state',
	routing: { request: { method: 'GET', url: '/tenants/{tenantId}/conversations/' } },
};
