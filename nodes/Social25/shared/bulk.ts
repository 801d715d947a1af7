import { NodeApiError, NodeOperationError, type IExecuteFunctions, type INodeExecutionData, type INodeProperties, type JsonObject } from 'n8n-workflow';

/** Social25 does not document a maximum; this keeps one request body at a sane size. */
export const MAX_BATCH_SIZE = 1000;

/** Give it its operation with forOperation. */
export function batchSizeProperty(what: string): INodeProperties {
	return {
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		default: 100,
		typeOptions: { minValue: 1, maxValue: MAX_BATCH_SIZE },
		description: `How many input items go into one request. ${what} is sent as ceil(items / batch size) requests.`,
	};
}

/** One input item's part of a bulk request. */
export interface BulkEntry<T> {
	itemIndex: number;
	body: T;
}

export function inBatches<T>(entries: T[], size: number): T[][] {
	const batches: T[][] = [];
	for (let i = 0; i < entries.length; i += size) batches.push(entries.slice(i, i + size));
	return batches;
}

/** The run's batch size (one for all items, so batching is predictable). */
export function batchSizeOf(ctx: IExecuteFunctions): number {
	const size = Math.floor(Number(ctx.getNodeParameter('batchSize', 0, 100)));
	if (!(size >= 1 && size <= MAX_BATCH_SIZE)) {
		throw new NodeOperationError(ctx.getNode(), `"Batch Size" must be between 1 and ${MAX_BATCH_SIZE}`);
	}
	return size;
}

/**
 * A problem with one item: with Continue On Fail it becomes that item's error output, otherwise
 * the node stops. Either way the message names the item.
 */
export function failItem(ctx: IExecuteFunctions, itemIndex: number, message: string, description?: string): INodeExecutionData {
	return failItemWith(ctx, itemIndex, new NodeOperationError(ctx.getNode(), `${message} (item ${itemIndex})`, { itemIndex, description }));
}

/** As failItem, for an error already made (e.g. by the shared limit checks). */
export function failItemWith(ctx: IExecuteFunctions, itemIndex: number, error: NodeOperationError): INodeExecutionData {
	if (!ctx.continueOnFail()) throw error;
	return { json: { error: error.message }, error, pairedItem: { item: itemIndex } };
}

/** The value of a resource locator or plain parameter for one item, trimmed. */
export function stringParameter(ctx: IExecuteFunctions, name: string, itemIndex: number): string {
	return String(ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
}

/**
 * Sends one batch. When the request fails, Continue On Fail turns the failure into an error on
 * each item of the batch (the other batches go on); otherwise the node stops.
 */
export async function sendBatch<T, R>(ctx: IExecuteFunctions, batch: Array<BulkEntry<T>>, output: INodeExecutionData[], send: () => Promise<R>): Promise<R | undefined> {
	try {
		return await send();
	} catch (caught) {
		// social25Request already throws NodeApiError; anything else (e.g. no connection) is wrapped.
		const error = caught instanceof NodeApiError || caught instanceof NodeOperationError ? caught : new NodeApiError(ctx.getNode(), caught as JsonObject, { itemIndex: batch[0].itemIndex });
		if (!ctx.continueOnFail()) throw error;
		for (const entry of batch) {
			output[entry.itemIndex] = { json: { error: error.message }, error, pairedItem: { item: entry.itemIndex } };
		}
		return undefined;
	}
}
