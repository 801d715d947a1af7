import type { INodeProperties } from 'n8n-workflow';

import { meheryData } from '../../shared/envelope';
import { eventPushDescription, prepareEventPush } from './push';

const showOnlyForEvents = { resource: ['event'] };

export const eventDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForEvents },
		options: [
			{
				name: 'Push',
				value: 'push',
				action: 'Push a customer event',
				description: 'Upload a customer event for digital analytics',
				routing: {
					request: { method: 'POST', url: '/api/v1/event/push' },
					send: { preSend: [prepareEventPush] },
					output: { postReceive: [meheryData] },
				},
			},
		],
		default: 'push',
	},
	...eventPushDescription,
];
