import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { operation } from '../../shared/operations';

/** Wabbit answers 204 without a body; the item says what was removed. */
async function deletedOutput(this: IExecuteSingleFunctions, _items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, id: this.getNodeParameter('taggingId') as number } }];
}

/** Its Tagging ID field is Get's (get.ts). */
export const messageTaggingDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Remove a message tagging',
	// Wabbit API: DELETE /message_tagging/{ID}/, inferred: the doc implies it but shows no operation.
	description: 'Remove a tag from a message',
	method: 'DELETE',
	path: '/message_tagging/{taggingId}/',
	output: [deletedOutput],
});
