import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { credentialApiRequest, type ApiContext } from '../../shared/transport';

/** For the code paths that are not declarative routing: pickers, webhook registration, lookups in preSend. */
export async function spotlerApiRequest<T = unknown>(
	this: ApiContext,
	method: IHttpRequestMethods,
	path: string,
	body?: IDataObject,
): Promise<T> {
	return await credentialApiRequest<T>(this, 'spotlerApi', { method, path, body });
}
