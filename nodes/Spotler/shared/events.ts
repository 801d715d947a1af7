import type { INodePropertyOptions } from 'n8n-workflow';

import type { WebhookEventName } from '../../../schemas/spotler/types.generated';

/** The ten webhook events of the doc, sorted by name. */
export const WEBHOOK_EVENTS: Array<INodePropertyOptions & { value: WebhookEventName }> = [
	{ name: 'Custom', value: 'custom', description: 'Custom events for specific customer purposes' },
	{ name: 'Echo', value: 'echo', description: 'Outgoing messages sent by agents or assistants' },
	{ name: 'Handover', value: 'handover', description: 'A conversation is transferred to an assistant or agent' },
	{ name: 'Label', value: 'label', description: 'A conversation is labelled or unlabelled' },
	{ name: 'Message', value: 'message', description: 'Incoming messages from customers' },
	{ name: 'Note', value: 'note', description: 'A note is created or deleted' },
	{ name: 'Postback', value: 'postback', description: 'A customer pressed a button or picked from a list' },
	{ name: 'Receipt', value: 'receipt', description: 'Delivery and read receipts of sent messages' },
	{ name: 'Template Pack', value: 'template_pack', description: 'Templates are approved, rejected or updated' },
	{ name: 'Typing', value: 'typing', description: 'A customer is typing' },
];
