import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const webhookIdDescription: INodeProperties[] = [
	{
		displayName: 'Webhook ID',
		name: 'webhookId',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		required: true,
		displayOptions: showFor('webhook', ['get', 'update', 'delete']),
	},
];
