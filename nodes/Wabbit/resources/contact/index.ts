import type { INodeProperties } from 'n8n-workflow';

import { setPath, waIdOf } from '../../shared/descriptions';
import { contactGetDescription } from './get';
import { contactGetManyDescription } from './getMany';
import { contactVerifyDescription, prepareContactVerify } from './verify';

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				// Wabbit API: GET /contacts/{wa_id}/, path inferred.
				description: 'Resolve a WhatsApp number in every Contact Provider',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [setPath((ctx) => `/contacts/${waIdOf(ctx, 'waId', 'WhatsApp Number')}/`)] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many contacts',
				// Wabbit API: GET /contacts/, path inferred.
				description: 'List or search contacts in the connected Contact Providers; Return All follows the next links',
				routing: { request: { method: 'GET', url: '/contacts/' } },
			},
			{
				name: 'Verify',
				value: 'verify',
				action: 'Verify phone numbers',
				// Wabbit API: POST /contacts/verify/, inferred; works like WABA's /v1/contacts.
				description: 'Check which phone numbers are on WhatsApp',
				routing: { request: { method: 'POST', url: '/contacts/verify/' }, send: { preSend: [prepareContactVerify] } },
			},
		],
		default: 'getMany',
	},
	...contactGetDescription,
	...contactGetManyDescription,
	...contactVerifyDescription,
];
