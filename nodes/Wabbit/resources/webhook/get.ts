import { forOperation } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const webhookGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a webhook',
	// Wabbit API: GET /webhooks/waba/{ID}/, inferred.
	description: 'Get a WABA webhook',
	method: 'GET',
	path: '/webhooks/waba/{webhookId}/',
});

/** Update and Delete name the webhook the same way. */
export const webhookGetFields = forOperation(
	'webhook',
	['get', 'update', 'delete'],
	[
		{
			displayName: 'Webhook ID',
			name: 'webhookId',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			required: true,
		},
	],
);
