import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, ILoadOptionsFunctions } from 'n8n-workflow';

import type { RateGate } from '../../shared/request-pipeline';
import { providerRequest, type ApiRequest, type ProviderApi } from '../../shared/transport';
import { readSocial25Error } from './errors';

export const SOCIAL25_API: ProviderApi = { provider: 'Social25', credentialType: 'social25Api', readError: readSocial25Error };

/** For list search (pickers). */
export async function social25ApiRequest<T = unknown>(this: ILoadOptionsFunctions, method: IHttpRequestMethods, path: string, qs?: IDataObject): Promise<T> {
	return await providerRequest<T>(this, SOCIAL25_API, { method, path, qs });
}

/** For customOperations: the request pipeline, with the item the request belongs to. */
export async function social25Request<T = unknown>(ctx: IExecuteFunctions, itemIndex: number, request: ApiRequest, gate?: RateGate): Promise<T> {
	return await providerRequest<T>(ctx, SOCIAL25_API, request, { itemIndex, gate });
}
