import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { credentialApiRequest, type ApiContext } from '../../shared/transport';

/** For the code paths that are not declarative routing: list search, webhook registration. */
export async function meheryApiRequest<T = unknown>(
	this: ApiContext,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject,
	qs?: IDataObject,
): Promise<T> {
	return await credentialApiRequest<T>(this, 'meheryApi', { method, path, body, qs });
}
