import type { INodeProperties } from 'n8n-workflow';

import { meheryData } from '../../shared/envelope';
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
				description: 'Send a text, media, location, contact card, template or opt-in/out message',
				routing: {
					request: { method: 'POST', url: '/api/v1/message/send' },
					send: { preSend: [prepareMessageSend] },
					output: { postReceive: [meheryData] },
				},
			},
		],
		default: 'send',
	},
	...messageSendDescription,
];
