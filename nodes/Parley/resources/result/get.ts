import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { idParameter } from '../../shared/parameters';

/** GET /results/{resultId}: the result and up to 10 other results of its case. */
export async function prepareResultGet(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.url = `/results/${idParameter(this, 'resultId', 'Result ID')}`;
	return requestOptions;
}
