import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/** Wabbit answers 204 without a body; the item says what was removed. */
export async function webhookDeleteOutput(this: IExecuteSingleFunctions, _items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, id: this.getNodeParameter('webhookId') as number } }];
}
