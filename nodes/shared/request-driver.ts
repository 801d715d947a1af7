import type { DeclarativeRestApiSettings, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS, unredirected, withRetries, type ProviderErrorReader } from './request-pipeline';

export type { ProviderError } from './request-pipeline';

/**
 * Declarative routing's way into the request pipeline (request-pipeline.ts): installed as the
 * node's `requestOperations.pagination`, which n8n calls in place of a plain request for every
 * operation (each node's Resource sets `paginate: true`).
 */
export interface RequestDriverOptions {
	/** Shown in error messages, e.g. "Spotler". */
	provider: string;
	readError: ProviderErrorReader;
	/**
	 * Fetches every page when the operation asks for it; gets a `send` that already retries.
	 * Without it the driver makes exactly one request.
	 */
	paginate?: (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
		send: (requestData: DeclarativeRestApiSettings.ResultOptions) => Promise<INodeExecutionData[]>,
	) => Promise<INodeExecutionData[]>;
}

export function requestDriver(options: RequestDriverOptions) {
	return async function drive(this: IExecutePaginationFunctions, requestData: DeclarativeRestApiSettings.ResultOptions): Promise<INodeExecutionData[]> {
		const pipeline = {
			provider: options.provider,
			readError: options.readError,
			node: this.getNode(),
			itemIndex: this.getItemIndex(),
			timeoutMs: this.getNodeParameter('requestOptions.timeout', DEFAULT_TIMEOUT_MS) as number,
		};
		const send = async (data: DeclarativeRestApiSettings.ResultOptions) => await withRetries(() => this.makeRoutingRequest({ ...data, options: unredirected(data.options) }), pipeline);
		if (options.paginate) return await options.paginate.call(this, requestData, send);
		return await send(requestData);
	};
}
