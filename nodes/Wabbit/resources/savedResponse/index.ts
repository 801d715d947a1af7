import type { INodeProperties } from 'n8n-workflow';

import { requireParameters } from '../../../shared/validation';
import { savedResponseCreateDescription } from './create';
import { savedResponseGetManyDescription } from './getMany';

export const savedResponseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['savedResponse'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a saved response',
				description: 'Save a canned answer (POST /saved_responses/, path inferred)',
				routing: { request: { method: 'POST', url: '/saved_responses/' }, send: { preSend: [requireParameters({ text: 'Text' })] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many saved responses',
				description: 'List canned answers (GET /saved_responses/, path inferred)',
				routing: { request: { method: 'GET', url: '/saved_responses/' } },
			},
		],
		default: 'getMany',
	},
	...savedResponseCreateDescription,
	...savedResponseGetManyDescription,
];
