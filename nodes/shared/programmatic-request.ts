import {
	NodeApiError,
	sleep,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type JsonObject,
} from 'n8n-workflow';

import { describe, httpFailure, retryDelay, type RequestDriverOptions } from './request-driver';

/**
 * The request driver's retry and error rules for code that is not declarative routing
 * (customOperations such as bulk sends): 429 and 503 are retried honouring Retry-After, other
 * failures become a NodeApiError with the provider's own message, the HTTP status and the item.
 */
export async function requestWithRetries<T = unknown>(
	ctx: IExecuteFunctions,
	options: Pick<RequestDriverOptions, 'provider' | 'readError'> & { credentialType: string; itemIndex: number },
	request: IHttpRequestOptions,
): Promise<T> {
	for (let retry = 1; ; retry++) {
		try {
			return (await ctx.helpers.httpRequestWithAuthentication.call(ctx, options.credentialType, request)) as T;
		} catch (error) {
			const failure = httpFailure(error);
			const wait = retryDelay(failure, retry);
			if (wait !== undefined) {
				await sleep(wait);
				continue;
			}
			const apiError =
				error instanceof NodeApiError
					? error
					: new NodeApiError(ctx.getNode(), error as JsonObject, failure.status === undefined ? {} : { httpCode: String(failure.status) });
			apiError.context.itemIndex = options.itemIndex;
			// No HTTP answer at all (timeout, refused connection): n8n's own message says what happened.
			if (failure.status === undefined) throw apiError;
			const { message, description } = describe(options.provider, failure, options.readError, retry - 1);
			if (message) apiError.message = message;
			apiError.description = description;
			apiError.httpCode = String(failure.status);
			throw apiError;
		}
	}
}
