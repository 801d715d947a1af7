import { requireParameters } from '../../../shared/validation';
import { operation } from '../../shared/operations';

/** Its fields are Create's URL (create.ts) and Get's Webhook ID (get.ts). */
export const webhookUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a webhook',
	// Wabbit API: PUT /webhooks/waba/{ID}/, inferred; the doc leaves PUT or PATCH open.
	description: "Change a WABA webhook's URL",
	method: 'PUT',
	path: '/webhooks/waba/{webhookId}/',
	preSend: [requireParameters({ url: 'URL' })],
});
