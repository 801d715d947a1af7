import type { IExecuteFunctions, IExecuteSingleFunctions, IHookFunctions, IHttpRequestOptions, ILoadOptionsFunctions, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

import { unredirected, withRetries, type ProviderErrorReader, type RateGate } from './request-pipeline';

/** Every kind of node context that may call a provider outside declarative routing. */
export type ApiContext = IExecuteFunctions | IExecuteSingleFunctions | IHookFunctions | ILoadOptionsFunctions | IPollFunctions | IWebhookFunctions;

/** What the request pipeline needs to know of a provider; each provider has one, in its shared/transport.ts. */
export interface ProviderApi {
	/** As users know it, for messages: "Spotler". */
	provider: string;
	credentialType: string;
	readError: ProviderErrorReader;
	/** What every documented path starts with after the credential's Base URL (Wabbit: "/api/v1"). */
	pathPrefix?: string;
}

/** A request to `<Base URL><pathPrefix><path>`. */
export type ApiRequest = Omit<IHttpRequestOptions, 'url'> & { path: string };

/** `https://host/base/` + `/path` -> `https://host/base/path` (users often paste a trailing slash). */
export function joinUrl(baseUrl: unknown, path: string): string {
	return `${String(baseUrl).replace(/\/+$/, '')}${path}`;
}

/** The provider's base for paths: the credential's Base URL and the provider's path prefix. */
export function apiBaseUrl(api: ProviderApi, credentials: { baseUrl?: unknown }): string {
	return joinUrl(credentials.baseUrl ?? '', api.pathPrefix ?? '');
}

function itemIndexOf(ctx: ApiContext): number | undefined {
	return 'getItemIndex' in ctx && typeof ctx.getItemIndex === 'function' ? ctx.getItemIndex() : undefined;
}

/**
 * One authenticated JSON request through the request pipeline (retries of 429/503, the
 * provider's own error message), for every code path that is not declarative routing:
 * pickers, webhook registration, polling, lookups in preSend, bulk sends, Omnichannel Reply.
 */
export async function providerRequest<T = unknown>(ctx: ApiContext, api: ProviderApi, request: ApiRequest, options: { itemIndex?: number; gate?: RateGate } = {}): Promise<T> {
	const itemIndex = options.itemIndex ?? itemIndexOf(ctx);
	// An execute context resolves the credential for the item (its fields may hold expressions); the others take no index.
	const getCredentials = ctx.getCredentials as (type: string, itemIndex?: number) => Promise<{ baseUrl?: unknown }>;
	const credentials = await getCredentials.call(ctx, api.credentialType, itemIndex);
	const { path, ...rest } = request;
	const http: IHttpRequestOptions = unredirected({ json: true, ...rest, url: `${apiBaseUrl(api, credentials)}${path}` });
	return (await withRetries(async () => await ctx.helpers.httpRequestWithAuthentication.call(ctx, api.credentialType, http), {
		provider: api.provider,
		readError: api.readError,
		node: ctx.getNode(),
		itemIndex,
		timeoutMs: http.timeout,
		gate: options.gate,
	})) as T;
}
