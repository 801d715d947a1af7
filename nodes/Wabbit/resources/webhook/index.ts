import type { INodeProperties } from 'n8n-workflow';

import { requireParameters } from '../../../shared/validation';
import { webhookUrlDescription } from './create';
import { webhookDeleteOutput } from './delete';
import { webhookIdDescription } from './get';
import { webhookGetManyDescription } from './getMany';
import { webhookPath } from './update';

export const webhookDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhook'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a webhook',
				// Wabbit API: POST /webhooks/waba/, inferred.
				description: 'Create the WABA webhook of the credential\'s user; one per user',
				routing: { request: { method: 'POST', url: '/webhooks/waba/' }, send: { preSend: [requireParameters({ url: 'URL' })] } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a webhook',
				// Wabbit API: DELETE /webhooks/waba/{ID}/, inferred: the doc implies it but shows no operation.
				description: 'Delete a WABA webhook',
				routing: { request: { method: 'DELETE', url: '' }, send: { preSend: [webhookPath] }, output: { postReceive: [webhookDeleteOutput] } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a webhook',
				// Wabbit API: GET /webhooks/waba/{ID}/, inferred.
				description: 'Get a WABA webhook',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [webhookPath] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many webhooks',
				// Wabbit API: GET /webhooks/waba/, path inferred.
				description: 'List WABA webhooks: admins see everyone\'s, others their own',
				routing: { request: { method: 'GET', url: '/webhooks/waba/' } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a webhook',
				// Wabbit API: PUT /webhooks/waba/{ID}/, inferred; the doc leaves PUT or PATCH open.
				description: 'Change a WABA webhook\'s URL',
				routing: { request: { method: 'PUT', url: '' }, send: { preSend: [requireParameters({ url: 'URL' }), webhookPath] } },
			},
		],
		default: 'getMany',
	},
	...webhookUrlDescription,
	...webhookIdDescription,
	...webhookGetManyDescription,
];
