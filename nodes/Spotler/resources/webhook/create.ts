import { collection, forOperation, toBody } from '../../../shared/operations';
import { channelLocator } from '../../shared/descriptions';
import { WEBHOOK_EVENTS } from '../../shared/events';
import { operation } from '../../shared/operations';
import { headersField, headersToBody } from '../../shared/webhook-headers';

export const webhookCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a webhook',
	description: 'Have Spotler send events of a channel to a URL',
	method: 'POST',
	path: '/channels/{channel}/webhooks',
	preSend: [headersToBody('additionalFields')],
});

export const webhookCreateFields = forOperation('webhook', 'create', [
	channelLocator,
	{ displayName: 'URL', name: 'url', type: 'string', default: '', required: true, placeholder: 'https://your.company.com/webhook', routing: toBody('url') },
	{ displayName: 'Events', name: 'events', type: 'multiOptions', options: WEBHOOK_EVENTS, default: ['message'], required: true, routing: toBody('events') },
	collection('Additional Fields', 'additionalFields', 'Add Field', [
		{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether Spotler sends deliveries', routing: toBody('enabled') },
		headersField,
	]),
]);
