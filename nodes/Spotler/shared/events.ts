import type { INodePropertyOptions } from 'n8n-workflow';

import type { WebhookEventName } from '../../../schemas/spotler/types.generated';

/**
 * The ten webhook events of the doc, the most used first: the trigger's node-creator entries
 * ("On new message", ...) come from each event's action, in this order.
 */
export const WEBHOOK_EVENTS: Array<INodePropertyOptions & { value: WebhookEventName }> = [
	{ name: 'Message', value: 'message', action: 'On new message', description: 'Incoming messages from customers' },
	{ name: 'Receipt', value: 'receipt', action: 'On delivery or read receipt', description: 'Delivery and read receipts of sent messages' },
	{ name: 'Postback', value: 'postback', action: 'On button or list reply (postback)', description: 'A customer pressed a button or picked from a list' },
	{ name: 'Echo', value: 'echo', action: 'On message sent by an agent or assistant (echo)', description: 'Outgoing messages sent by agents or assistants' },
	{ name: 'Handover', value: 'handover', action: 'On conversation handed over', description: 'A conversation is transferred to an assistant or agent' },
	{ name: 'Label', value: 'label', action: 'On conversation labelled or unlabelled', description: 'A conversation is labelled or unlabelled' },
	{ name: 'Note', value: 'note', action: 'On note created or deleted', description: 'A note is created or deleted' },
	{ name: 'Template Pack', value: 'template_pack', action: 'On template approved, rejected or updated', description: 'Templates are approved, rejected or updated' },
	{ name: 'Typing', value: 'typing', action: 'On customer typing', description: 'A customer is typing' },
	{ name: 'Custom', value: 'custom', action: 'On custom event', description: 'Custom events for specific customer purposes' },
];
