import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { requestWithRetries } from '../../shared/programmatic-request';
import { readSocial25Error } from './errors';

export interface Social25Credentials {
	accessToken: string;
	tenantId?: string;
	baseUrl: string;
}

export const baseUrlOf = (credentials: Social25Credentials) => String(credentials.baseUrl).replace(/\/+$/, '');

/** For list search (pickers): one plain request. */
export async function social25ApiRequest<T = unknown>(
	this: ILoadOptionsFunctions,
	method: IHttpRequestMethods,
	path: string,
	qs?: IDataObject,
): Promise<T> {
	const credentials = await this.getCredentials<Social25Credentials>('social25Api');
	return (await this.helpers.httpRequestWithAuthentication.call(this, 'social25Api', {
		method,
		url: `${baseUrlOf(credentials)}${path}`,
		qs,
		json: true,
	})) as T;
}

/** For customOperations: the shared retry and error rules, with the item the request belongs to. */
export async function social25Request<T = unknown>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	request: Omit<IHttpRequestOptions, 'url'> & { path: string },
): Promise<T> {
	const credentials = await ctx.getCredentials<Social25Credentials>('social25Api');
	const { path, ...rest } = request;
	return await requestWithRetries<T>(
		ctx,
		{ provider: 'Social25', readError: readSocial25Error, credentialType: 'social25Api', itemIndex },
		{ ...rest, url: `${baseUrlOf(credentials)}${path}`, json: true },
	);
}
