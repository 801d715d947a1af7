import type { INodeProperties } from 'n8n-workflow';

import { meheryData } from '../../shared/envelope';
import { dataPushDescription, prepareDataPush } from './push';

const showOnlyForData = { resource: ['data'] };

export const dataDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForData },
		options: [
			{
				name: 'Push',
				value: 'push',
				action: 'Push customer data',
				description: 'Upload customer details for digital analytics',
				routing: {
					request: { method: 'POST', url: '/api/v1/data/push' },
					send: { preSend: [prepareDataPush] },
					output: { postReceive: [meheryData] },
				},
			},
		],
		default: 'push',
	},
	...dataPushDescription,
];
