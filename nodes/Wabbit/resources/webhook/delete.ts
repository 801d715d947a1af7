import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { operation } from '../../shared/operations';

/** Wabbit answers 204 without a body; the item says what was removed. */
async function deletedOutput(this: IExecuteSingleFunctions, _items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, id: this.getNodeParameter('webhookId') as number } }];
}

/** Its Webhook ID field is Get's (get.ts). */
export const webhookDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a webhook',
	// Wabbit API: DELETE /webhooks/waba/{ID}/, inferred: the doc implies it but shows no operation.
	description: 'Delete a WABA webhook',
	method: 'DELETE',
	path: '/webhooks/waba/{webhookId}/',
	output: [deletedOutput],
});
