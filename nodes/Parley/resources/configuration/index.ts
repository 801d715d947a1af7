import type { INodeProperties } from 'n8n-workflow';

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
					output: { postReceive: [{ type: 'rootProperty', properties: { property: 'data.configuration' } }] },
				},
			},
		],
		default: 'get',
	},
];
