import type { INodeProperties } from 'n8n-workflow';

import { prepareTemplateCreate, templateCreateDescription } from './create';
import { templateGetManyDescription } from './getMany';

export const templateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['template'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a template',
				// Wabbit API: POST /templates/, inferred.
				description: 'Submit a WhatsApp message template for approval; admins only',
				routing: { request: { method: 'POST', url: '/templates/' }, send: { preSend: [prepareTemplateCreate] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many templates',
				// Wabbit API: GET /templates/, path inferred.
				description: 'List message templates with their approval status',
				routing: { request: { method: 'GET', url: '/templates/' } },
			},
		],
		default: 'getMany',
	},
	...templateCreateDescription,
	...templateGetManyDescription,
];
