import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const contactGetDescription: INodeProperties[] = [
	{
		displayName: 'WhatsApp Number',
		name: 'waId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '+48 123 123 123',
		description: 'Looks the number up in every Contact Provider, live (slow)',
		displayOptions: showFor('contact', ['get']),
	},
];
