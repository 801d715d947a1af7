import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

type SpotlerContext = IExecuteFunctions | IExecuteSingleFunctions | IHookFunctions | ILoadOptionsFunctions | IWebhookFunctions;

/** For the code paths that are not declarative routing: pickers, webhook registration, lookups in preSend. */
export async function spotlerApiRequest<T = unknown>(
	this: SpotlerContext,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject,
): Promise<T> {
	const credentials = await this.getCredentials<{ baseUrl: string }>('spotlerApi');
	return (await this.helpers.httpRequestWithAuthentication.call(this, 'spotlerApi', {
		method,
		url: `${String(credentials.baseUrl).replace(/\/+$/, '')}${path}`,
		body,
		json: true,
	})) as T;
}
