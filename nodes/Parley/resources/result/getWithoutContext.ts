import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { idParameter } from '../../shared/parameters';

/** GET /results/{resultId}/noContext: only the result. */
export async function prepareResultGetWithoutContext(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	requestOptions.url = `/results/${idParameter(this, 'resultId', 'Result ID')}/noContext`;
	return requestOptions;
}
