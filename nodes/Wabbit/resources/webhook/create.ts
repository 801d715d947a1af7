import { forOperation, toBody } from '../../../shared/operations';
import { requireParameters } from '../../../shared/validation';
import { operation } from '../../shared/operations';

export const webhookCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a webhook',
	// Wabbit API: POST /webhooks/waba/, inferred.
	description: "Create the WABA webhook of the credential's user; one per user",
	method: 'POST',
	path: '/webhooks/waba/',
	preSend: [requireParameters({ url: 'URL' })],
});

/** Update sends the URL too, the only field a WABA webhook has. */
export const webhookCreateFields = forOperation(
	'webhook',
	['create', 'update'],
	[
		{
			displayName: 'URL',
			name: 'url',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://example.com/wabbit?auth=shared-secret',
			description: "Where Wabbit POSTs every incoming message, status and event. Add a shared secret as a query parameter (?auth=...) to check the calls are Wabbit's.",
			routing: toBody('url'),
		},
	],
);
