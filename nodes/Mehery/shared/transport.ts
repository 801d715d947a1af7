import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

type MeheryContext = IExecuteFunctions | IHookFunctions | ILoadOptionsFunctions | IWebhookFunctions;

/** For the code paths that are not declarative routing: list search, webhook registration. */
export async function meheryApiRequest<T = unknown>(
	this: MeheryContext,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject,
	qs?: IDataObject,
): Promise<T> {
	const credentials = await this.getCredentials<{ baseUrl: string }>('meheryApi');
	return (await this.helpers.httpRequestWithAuthentication.call(this, 'meheryApi', {
		method,
		url: `${String(credentials.baseUrl).replace(/\/+$/, '')}${path}`,
		body,
		qs,
		json: true,
	})) as T;
}
