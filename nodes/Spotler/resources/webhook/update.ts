import { collection, forOperation, toBody } from '../../../shared/operations';
import { channelLocator, webhookIdField } from '../../shared/descriptions';
import { WEBHOOK_EVENTS } from '../../shared/events';
import { operation } from '../../shared/operations';
import { headersField, headersToBody } from '../../shared/webhook-headers';

export const webhookUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a webhook',
	description: 'Change the URL, events, headers or enabled state of a webhook',
	method: 'PATCH',
	path: '/channels/{channel}/webhooks/{webhookId}',
	preSend: [headersToBody('updateFields')],
});

export const webhookUpdateFields = forOperation('webhook', 'update', [
	channelLocator,
	webhookIdField,
	collection('Update Fields', 'updateFields', 'Add Field', [
		{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether Spotler sends deliveries', routing: toBody('enabled') },
		{ displayName: 'Events', name: 'events', type: 'multiOptions', options: WEBHOOK_EVENTS, default: [], routing: toBody('events') },
		headersField,
		{ displayName: 'URL', name: 'url', type: 'string', default: '', routing: toBody('url') },
	]),
]);
