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
				// Wabbit API: POST /saved_responses/, path inferred.
				description: 'Save a canned answer',
				routing: { request: { method: 'POST', url: '/saved_responses/' }, send: { preSend: [requireParameters({ text: 'Text' })] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many saved responses',
				// Wabbit API: GET /saved_responses/, path inferred.
				description: 'List canned answers',
				routing: { request: { method: 'GET', url: '/saved_responses/' } },
			},
		],
		default: 'getMany',
	},
	...savedResponseCreateDescription,
	...savedResponseGetManyDescription,
];
