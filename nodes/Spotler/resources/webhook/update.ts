import { channelLocator, forOperation, toBody } from '../../shared/descriptions';
import { WEBHOOK_EVENTS } from '../../shared/events';
import { operation } from '../../shared/routing';
import { headersField, headersToBody, webhookIdField } from './shared';

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
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether Spotler sends deliveries', routing: toBody('enabled') },
			{ displayName: 'Events', name: 'events', type: 'multiOptions', options: WEBHOOK_EVENTS, default: [], routing: toBody('events') },
			headersField,
			{ displayName: 'URL', name: 'url', type: 'string', default: '', routing: toBody('url') },
		],
	},
]);
