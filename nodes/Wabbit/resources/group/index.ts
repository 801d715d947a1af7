import type { INodeProperties } from 'n8n-workflow';

import { groupGetManyDescription } from './getMany';

export const groupDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many groups',
				// Wabbit API: GET /groups/, path inferred.
				description: 'List user groups, e.g. Admin, Regular user, App integration',
				routing: { request: { method: 'GET', url: '/groups/' } },
			},
		],
		default: 'getMany',
	},
	...groupGetManyDescription,
];
