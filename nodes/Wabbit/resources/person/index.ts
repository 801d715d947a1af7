import type { INodeProperties } from 'n8n-workflow';

import { setPath, waIdOf } from '../../shared/descriptions';
import { personGetDescription } from './get';
import { personGetManyDescription } from './getMany';

export const personDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['person'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a person',
				// Wabbit API: GET /persons/{wa_id}/, path inferred.
				description: 'Get a WhatsApp user the inbox has talked to',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [setPath((ctx) => `/persons/${waIdOf(ctx, 'chat', 'Person')}/`)] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many persons',
				description: 'List WhatsApp users the inbox has talked to, most recent first',
				routing: { request: { method: 'GET', url: '/persons/' } },
			},
		],
		default: 'getMany',
	},
	...personGetDescription,
	...personGetManyDescription,
];
