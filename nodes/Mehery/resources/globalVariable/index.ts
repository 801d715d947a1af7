import type { INodeProperties } from 'n8n-workflow';

import { meheryResults } from '../../shared/envelope';
import { globalVariableGetAllDescription } from './getAll';

const showOnlyForGlobalVariables = { resource: ['globalVariable'] };

export const globalVariableDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForGlobalVariables },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many global variables',
				description: 'List the account\'s global variables',
				routing: {
					request: { method: 'GET', url: '/api/v1/config/global/vars' },
					output: { postReceive: [meheryResults] },
				},
			},
		],
		default: 'getAll',
	},
	...globalVariableGetAllDescription,
];
