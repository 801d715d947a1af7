import { NodeOperationError, type IExecuteSingleFunctions, type IHttpRequestOptions } from 'n8n-workflow';

/**
 * Checks for parameters whose value is only known per item (expressions), run as `preSend` so a
 * bad item fails before any request is made, with a message that names the field and the item.
 */
export function fieldError(ctx: IExecuteSingleFunctions, field: string, problem: string): NodeOperationError {
	const itemIndex = ctx.getItemIndex();
	return new NodeOperationError(ctx.getNode(), `${field} ${problem} (item ${itemIndex})`, {
		itemIndex,
		description: `Check the "${field}" parameter for item ${itemIndex}; nothing was sent for this item.`,
	});
}

/** A preSend hook that fails the item when a string parameter is empty after expressions. */
export function requireParameters(fields: Record<string, string>) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		for (const [name, label] of Object.entries(fields)) {
			const value = this.getNodeParameter(name, undefined, { extractValue: true }) as unknown;
			if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
				throw fieldError(this, `"${label}"`, 'is empty');
			}
		}
		return requestOptions;
	};
}
