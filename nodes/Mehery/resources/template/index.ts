import type { INodeProperties } from 'n8n-workflow';

import { meheryResults } from '../../shared/envelope';
import { templateGetAllDescription } from './getAll';

const showOnlyForTemplates = { resource: ['template'] };

export const templateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForTemplates },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many HSM templates',
				description: 'List the configured HSM (WhatsApp message) templates',
				routing: {
					request: { method: 'GET', url: '/api/v1/config/tmpl/hsm' },
					output: { postReceive: [meheryResults] },
				},
			},
		],
		default: 'getAll',
	},
	...templateGetAllDescription,
];
