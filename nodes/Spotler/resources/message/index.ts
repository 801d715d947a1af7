import type { INodeProperties } from 'n8n-workflow';

import { messageSendDescription, prepareMessageSend } from './send';

const showOnlyForMessages = { resource: ['message'] };

export const messageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForMessages },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send a message',
				description: 'Send a message to a contact on a channel',
				routing: {
					request: { method: 'POST', url: '/channels' },
					send: { preSend: [prepareMessageSend] },
				},
			},
		],
		default: 'send',
	},
	...messageSendDescription,
];
