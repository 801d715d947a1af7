import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { providerRequest, type ApiContext, type ProviderApi } from '../../shared/transport';
import { readSpotlerError } from './errors';

export const SPOTLER_API: ProviderApi = { provider: 'Spotler', credentialType: 'spotlerApi', readError: readSpotlerError };

/** For the code paths that are not declarative routing: pickers, webhook registration, lookups in preSend. */
export async function spotlerApiRequest<T = unknown>(this: ApiContext, method: IHttpRequestMethods, path: string, body?: IDataObject): Promise<T> {
	return await providerRequest<T>(this, SPOTLER_API, { method, path, body });
}
