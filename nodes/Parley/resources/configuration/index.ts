import type { INodeProperties } from 'n8n-workflow';

import { outputConfiguration } from '../../shared/output';

const showOnlyForConfiguration = { resource: ['configuration'] };

export const configurationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForConfiguration },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the account configuration',
				description: 'Get search profiles, connections, users and the integer codes results use',
				routing: {
					request: { method: 'GET', url: '/configuration' },
					output: { postReceive: [outputConfiguration] },
				},
			},
		],
		default: 'get',
	},
];
