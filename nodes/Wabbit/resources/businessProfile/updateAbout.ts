import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const businessProfileUpdateAboutDescription: INodeProperties[] = [
	{
		displayName: 'About Text',
		name: 'aboutText',
		type: 'string',
		default: '',
		required: true,
		description: 'The "About" line of the WhatsApp profile (up to 139 characters)',
		displayOptions: showFor('businessProfile', ['updateAbout']),
		routing: { send: { type: 'body', property: 'text' } },
	},
];
