import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { providerRequest, type ApiContext, type ProviderApi } from '../../shared/transport';
import { readMeheryError } from './errors';

export const MEHERY_API: ProviderApi = { provider: 'Mehery', credentialType: 'meheryApi', readError: readMeheryError };

/** For the code paths that are not declarative routing: list search, webhook registration. */
export async function meheryApiRequest<T = unknown>(this: ApiContext, method: IHttpRequestMethods, path: string, body?: IDataObject, qs?: IDataObject): Promise<T> {
	return await providerRequest<T>(this, MEHERY_API, { method, path, body, qs });
}
