import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

/** Every kind of node context that may call a provider outside declarative routing. */
export type ApiContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| IHookFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IWebhookFunctions;

/** `https://host/base/` + `/path` -> `https://host/base/path` (users often paste a trailing slash). */
export function joinUrl(baseUrl: unknown, path: string): string {
	return `${String(baseUrl).replace(/\/+$/, '')}${path}`;
}

/**
 * One authenticated JSON request to `<the credential's Base URL><path>`, for the code paths that
 * are not declarative routing: pickers, webhook registration, polling, pre-checks.
 */
export async function credentialApiRequest<T = unknown>(
	ctx: ApiContext,
	credentialType: string,
	request: { method: IHttpRequestMethods; path: string; body?: IDataObject; qs?: IDataObject },
): Promise<T> {
	const credentials = await ctx.getCredentials<{ baseUrl: string }>(credentialType);
	return (await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, {
		method: request.method,
		url: joinUrl(credentials.baseUrl, request.path),
		body: request.body,
		qs: request.qs,
		json: true,
	})) as T;
}
