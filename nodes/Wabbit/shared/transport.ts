import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { providerRequest, type ApiContext, type ProviderApi } from '../../shared/transport';
import { readWabbitError } from './errors';

/** Wabbit's documented paths all begin /api/v1 after the inbox URL. */
export const WABBIT_API: ProviderApi = { provider: 'Wabbit', credentialType: 'wabbitApi', readError: readWabbitError, pathPrefix: '/api/v1' };

type WabbitContext = ApiContext;

/** For the code paths that are not declarative routing: pickers and webhook registration. */
export async function wabbitApiRequest<T = unknown>(this: WabbitContext, method: IHttpRequestMethods, path: string, body?: IDataObject, qs?: IDataObject): Promise<T> {
	return await providerRequest<T>(this, WABBIT_API, { method, path, body, qs });
}

/** One page of a limit/offset list (Wabbit's DRF pagination). */
export interface Page<T> {
	next: string | null;
	results: T[];
}

/** Every result of a limit/offset list, up to `max`, read page by page through `readPage`. */
export async function allPages<T>(readPage: (qs: { limit: number; offset: number }) => Promise<Page<T>>, max = 1000): Promise<T[]> {
	const out: T[] = [];
	for (let offset = 0; out.length < max;) {
		const page = await readPage({ limit: 100, offset });
		out.push(...page.results);
		offset += page.results.length;
		if (!page.next || page.results.length === 0) break;
	}
	return out.slice(0, max);
}

/** Every result of a limit/offset list, up to `max`. */
export async function wabbitApiRequestAll<T = unknown>(this: WabbitContext, path: string, qs: IDataObject = {}, max = 1000): Promise<T[]> {
	return await allPages((page) => wabbitApiRequest.call(this, 'GET', path, undefined, { ...qs, ...page }) as Promise<Page<T>>, max);
}
