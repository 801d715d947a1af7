import type { INodeProperties } from 'n8n-workflow';

import { meheryData } from '../../shared/envelope';
import { webhookSetUrlDescription } from './setUrl';

const showOnlyForWebhooks = { resource: ['webhook'] };

export const webhookDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForWebhooks },
		options: [
			{
				name: 'Set URL',
				value: 'setUrl',
				action: 'Set the webhook URL',
				description: 'Set where Mehery sends inbound messages, statuses, events and actions',
				routing: {
					request: { method: 'POST', url: '/api/v1/config/webhook' },
					output: { postReceive: [meheryData] },
				},
			},
		],
		default: 'setUrl',
	},
	...webhookSetUrlDescription,
];
