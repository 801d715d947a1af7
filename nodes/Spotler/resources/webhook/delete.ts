import { forOperation, successOutput } from '../../../shared/operations';
import { channelLocator, webhookIdField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

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
