import { channelLocator, forOperation } from '../../shared/descriptions';
import { operation, successOutput } from '../../shared/routing';
import { webhookIdField } from './shared';

export const webhookDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a webhook',
	description: 'Stop a webhook and remove it',
	method: 'DELETE',
	path: '/channels/{channel}/webhooks/{webhookId}',
	output: [successOutput()],
});

export const webhookDeleteFields = forOperation('webhook', 'delete', [channelLocator, webhookIdField]);
