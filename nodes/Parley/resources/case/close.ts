import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { casePath } from './path';

export async function prepareCaseClose(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.url = `${casePath(this)}/close`;
	return requestOptions;
}
