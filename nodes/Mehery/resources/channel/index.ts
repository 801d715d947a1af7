import type { INodeProperties } from 'n8n-workflow';

import { meheryResults } from '../../shared/envelope';
import { channelGetAllDescription } from './getAll';

const showOnlyForChannels = { resource: ['channel'] };

export const channelDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForChannels },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many channels',
				description: 'List the configured channels',
				routing: {
					request: { method: 'GET', url: '/api/v1/config/channels' },
					output: { postReceive: [meheryResults] },
				},
			},
		],
		default: 'getAll',
	},
	...channelGetAllDescription,
];
