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
				description: 'Create the WABA webhook of the credential\'s user; one per user (POST /webhooks/waba/, inferred)',
				routing: { request: { method: 'POST', url: '/webhooks/waba/' }, send: { preSend: [requireParameters({ url: 'URL' })] } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a webhook',
				description: 'Delete a WABA webhook (DELETE /webhooks/waba/{ID}/, inferred: the doc implies it but shows no operation)',
				routing: { request: { method: 'DELETE', url: '' }, send: { preSend: [webhookPath] }, output: { postReceive: [webhookDeleteOutput] } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a webhook',
				description: 'Get a WABA webhook (GET /webhooks/waba/{ID}/, inferred)',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [webhookPath] } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many webhooks',
				description: 'List WABA webhooks: admins see everyone\'s, others their own (GET /webhooks/waba/, path inferred)',
				routing: { request: { method: 'GET', url: '/webhooks/waba/' } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a webhook',
				description: 'Change a WABA webhook\'s URL (PUT /webhooks/waba/{ID}/, inferred; the doc leaves PUT or PATCH open)',
				routing: { request: { method: 'PUT', url: '' }, send: { preSend: [requireParameters({ url: 'URL' }), webhookPath] } },
			},
		],
		default: 'getMany',
	},
	...webhookUrlDescription,
	...webhookIdDescription,
	...webhookGetManyDescription,
];
