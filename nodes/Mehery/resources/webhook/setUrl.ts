import { forOperation, toBody } from '../../../shared/operations';
import { meheryData } from '../../shared/envelope';
import { operation } from '../../shared/operations';

export const webhookSetUrl = operation({
	name: 'Set URL',
	value: 'setUrl',
	action: 'Set the webhook URL',
	description: 'Set where Mehery sends inbound messages, statuses, events and actions',
	method: 'POST',
	path: '/api/v1/config/webhook',
	output: [meheryData],
});

export const webhookSetUrlFields = forOperation('webhook', 'setUrl', [
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://www.example.com/webhook',
		description: 'The HTTPS address (with a valid certificate) that receives the notifications. The Mehery Trigger sets this for you.',
		routing: toBody('url'),
	},
]);
