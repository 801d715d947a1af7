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
				description: 'Submit a WhatsApp message template for approval; admins only (POST /templates/, inferred)',
				routing: { request: { method: 'POST', url: '/templates/' }, send: { preSend: [prepareTemplateCreate] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many templates',
				description: 'List message templates with their approval status (GET /templates/, path inferred)',
				routing: { request: { method: 'GET', url: '/templates/' } },
			},
		],
		default: 'getMany',
	},
	...templateCreateDescription,
	...templateGetManyDescription,
];
