import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { operation } from '../../shared/operations';

/** Wabbit answers 204 without a body; the item says what was removed. */
async function deletedOutput(this: IExecuteSingleFunctions, _items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, id: this.getNodeParameter('taggingId') as number } }];
}

/** Its Tagging ID field is Get's (get.ts). */
export const chatTaggingDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Remove a chat tagging',
	// Wabbit API: DELETE /chat_tagging/{ID}/, inferred: the doc implies it but shows no operation.
	description: 'Remove a tag from a chat',
	method: 'DELETE',
	path: '/chat_tagging/{taggingId}/',
	output: [deletedOutput],
});
