import type { INodeProperties } from 'n8n-workflow';

const showOnlyForWebhookSetUrl = { operation: ['setUrl'], resource: ['webhook'] };

export const webhookSetUrlDescription: INodeProperties[] = [
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://www.example.com/webhook',
		description: 'The HTTPS address (with a valid certificate) that receives the notifications. The Mehery Trigger sets this for you.',
		displayOptions: { show: showOnlyForWebhookSetUrl },
		routing: { send: { type: 'body', property: 'url' } },
	},
];
