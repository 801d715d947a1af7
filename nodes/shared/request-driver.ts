import {
	NodeApiError,
	sleep,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

/**
 * Every request a declarative node in this package makes goes through here (it is installed as
 * the node's `requestOperations.pagination`, which n8n calls in place of a plain request).
 * It adds two things n8n's routing does not have:
 *
 * 1. Retries of 429 and 503 with bounded backoff that honours Retry-After. Both statuses mean
 *    the provider refused the request before acting on it, so sending it again cannot deliver a
 *    message twice. Nothing else is retried: a timeout or a 5xx after a POST may have been
 *    processed, so the item fails instead.
 * 2. Errors that carry the provider's own message and code, the HTTP status and the item index.
 */

export const MAX_RETRIES = 3;
/** Backoff when the provider sends no Retry-After: 1 s, 2 s, 4 s. */
export const BASE_DELAY_MS = 1_000;
/** A Retry-After longer than this fails the item instead of stalling the workflow. */
export const MAX_RETRY_AFTER_MS = 60_000;

const RETRYABLE = new Set([429, 503]);

export interface ProviderError {
	message: string;
	code?: string | number;
}

export interface RequestDriverOptions {
	/** Shown in error messages, e.g. "Spotler". */
	provider: string;
	/** Reads the provider's message (and code) out of an error response body. */
	readError: (body: unknown) => ProviderError | undefined;
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

interface HttpFailure {
	status?: number;
	headers?: Record<string, unknown>;
	body?: unknown;
}

/** The HTTP response behind an error thrown by n8n's request helpers, whatever wraps it. */
export function httpFailure(error: unknown): HttpFailure {
	const seen = new Set<unknown>();
	let current = error as Record<string, unknown> | undefined;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const response = current.response as Record<string, unknown> | undefined;
		if (response && typeof response === 'object' && 'status' in response) {
			return {
				status: Number(response.status),
				headers: (response.headers ?? {}) as Record<string, unknown>,
				body: response.data ?? response.body,
			};
		}
		current = (current.cause ?? current.reason) as Record<string, unknown> | undefined;
	}
	const httpCode = Number((error as { httpCode?: string })?.httpCode);
	return Number.isFinite(httpCode) && httpCode > 0 ? { status: httpCode } : {};
}

/** Milliseconds to wait before retry number `retry` (1-based), or undefined to give up. */
export function retryDelay(failure: HttpFailure, retry: number, now = Date.now()): number | undefined {
	if (failure.status === undefined || !RETRYABLE.has(failure.status) || retry > MAX_RETRIES) return undefined;
	const header = failure.headers?.['retry-after'] ?? failure.headers?.['Retry-After'];
	if (header !== undefined && header !== null && String(header).trim() !== '') {
		const text = String(header).trim();
		const ms = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
		if (Number.isFinite(ms)) return ms > MAX_RETRY_AFTER_MS ? undefined : Math.max(0, ms);
	}
	return BASE_DELAY_MS * 2 ** (retry - 1);
}

export function describe(provider: string, failure: HttpFailure, read: RequestDriverOptions['readError'], retries: number) {
	const own = failure.body !== undefined ? read(failure.body) : undefined;
	const parts = [`${provider} answered HTTP ${failure.status}`];
	if (own?.code !== undefined) parts.push(`error ${own.code}`);
	if (retries > 0) parts.push(`after ${retries} ${retries === 1 ? 'retry' : 'retries'}`);
	return { message: own?.message, description: `${parts.join(', ')}.` };
}

/** A request that got no answer in time: say so plainly, and that it was not sent again. */
function timeoutError(ctx: IExecutePaginationFunctions, error: unknown, provider: string): NodeApiError | undefined {
	const codes: string[] = [];
	const seen = new Set<unknown>();
	for (let e = error as Record<string, unknown> | undefined; e && typeof e === 'object' && !seen.has(e); e = e.cause as Record<string, unknown>) {
		seen.add(e);
		if (typeof e.code === 'string') codes.push(e.code);
	}
	if (!codes.some((c) => c === 'ECONNABORTED' || c === 'ETIMEDOUT')) return undefined;
	const timeout = ctx.getNodeParameter('requestOptions.timeout', 300_000) as number;
	const apiError = error instanceof NodeApiError ? error : new NodeApiError(ctx.getNode(), error as JsonObject);
	apiError.message = `${provider} did not answer within ${timeout} ms`;
	apiError.description =
		'The request timed out (see Options > Timeout). It was not sent again, because the provider may still have processed it.';
	apiError.context.itemIndex = ctx.getItemIndex();
	return apiError;
}

export function requestDriver(options: RequestDriverOptions) {
	async function send(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		for (let retry = 1; ; retry++) {
			try {
				return await this.makeRoutingRequest(requestData);
			} catch (error) {
				const failure = httpFailure(error);
				const wait = retryDelay(failure, retry);
				if (wait !== undefined) {
					await sleep(wait);
					continue;
				}
				if (failure.status === undefined) throw timeoutError(this, error, options.provider) ?? error;
				const { message, description } = describe(options.provider, failure, options.readError, retry - 1);
				const apiError =
					error instanceof NodeApiError
						? error
						: new NodeApiError(this.getNode(), error as JsonObject, { httpCode: String(failure.status) });
				if (message) apiError.message = message;
				apiError.description = description;
				apiError.httpCode = String(failure.status);
				apiError.context.itemIndex = this.getItemIndex();
				throw apiError;
			}
		}
	}

	return async function drive(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const boundSend = (data: DeclarativeRestApiSettings.ResultOptions) => send.call(this, data);
		if (options.paginate) return await options.paginate.call(this, requestData, boundSend);
		return await boundSend(requestData);
	};
}
