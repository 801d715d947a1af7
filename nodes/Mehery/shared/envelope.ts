import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/*
 * The doc's ApiResponse prints both `data` (one item) and `results` (the list) and never says which
 * one a call fills; ApiResultsMetaCompactResponse has only `results`. These readers take whichever
 * is there (schemas/mehery/README.md, "Tolerated alternatives"), and pass an answer with neither
 * on as is rather than dropping it.
 */

const isObject = (value: unknown): value is IDataObject => !!value && typeof value === 'object' && !Array.isArray(value);

/** The list an answer carries: `results`, else a list in `data`, else the one item in `data`. */
export function listOf(body: unknown): IDataObject[] {
	if (!isObject(body)) return body === undefined || body === null || body === '' ? [] : [{ body } as IDataObject];
	const { results, data } = body;
	if (Array.isArray(results) && results.length > 0) return results as IDataObject[];
	if (Array.isArray(data)) return data as IDataObject[];
	if (isObject(data)) return [data];
	if (Array.isArray(results)) return [];
	return [body];
}

/** The one item an answer carries: `data`, else the first of `results`. */
export function itemOf(body: unknown): IDataObject {
	if (!isObject(body)) return { body } as IDataObject;
	const { results, data } = body;
	if (isObject(data)) return data;
	if (Array.isArray(data) && isObject(data[0])) return data[0];
	if (Array.isArray(results) && isObject(results[0])) return results[0] as IDataObject;
	return body;
}

/** postReceive for list calls: one item per element. */
export async function meheryResults(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.flatMap((item) => listOf(item.json).map((json) => ({ json })));
}

/** postReceive for calls that answer one thing (a receipt, the webhook app, the stored object). */
export async function meheryData(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => ({ json: itemOf(item.json) }));
}
