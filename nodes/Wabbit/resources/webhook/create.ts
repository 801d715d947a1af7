import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/** Create and Update both send the URL, the only field a WABA webhook has. */
export const webhookUrlDescription: INodeProperties[] = [
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/wabbit?auth=shared-secret',
		description:
			'Where Wabbit POSTs every incoming message, status and event. Add a shared secret as a query parameter (?auth=...) to check the calls are Wabbit\'s.',
		displayOptions: showFor('webhook', ['create', 'update']),
		routing: { send: { type: 'body', property: 'url' } },
	},
];
