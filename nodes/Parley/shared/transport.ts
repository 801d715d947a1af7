import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestMethods,
	type ILoadOptionsFunctions,
	type IPollFunctions,
} from 'n8n-workflow';

import type { Configuration } from '../../../schemas/parley/types.generated';
import { providerRequest, type ProviderApi } from '../../shared/transport';
import { describeShape, looksLikeConfiguration, readPayload } from './envelope';
import { readParleyError } from './errors';

export const CREDENTIAL_TYPE = 'parleyOAuth2Api';

export const PARLEY_API: ProviderApi = { provider: 'Parley', credentialType: CREDENTIAL_TYPE, readError: readParleyError };

type ParleyContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions;

/** Every answer comes in the doc's envelope; this is its `data`. */
export interface Envelope<T> {
	data: T;
	status: string;
}

/** For what routing cannot do: pickers, the reply pre-check and the polling trigger. */
export async function parleyApiRequest<T = IDataObject>(ctx: ParleyContext, method: IHttpRequestMethods, path: string): Promise<T> {
	return (await providerRequest<Envelope<T>>(ctx, PARLEY_API, { method, path })).data;
}

/** The whole answer, for readers that find the payload wherever it stands (envelope.ts). */
export async function parleyApiBody(ctx: ParleyContext, method: IHttpRequestMethods, path: string): Promise<unknown> {
	return await providerRequest<unknown>(ctx, PARLEY_API, { method, path });
}

export async function getConfiguration(ctx: ParleyContext): Promise<Configuration> {
	const body = await parleyApiBody(ctx, 'GET', '/configuration');
	const configuration = readPayload(body, 'configuration', looksLikeConfiguration);
	if (!configuration) throw new NodeOperationError(ctx.getNode(), 'Parley answered /configuration without a configuration', { description: `The answer's data is ${describeShape(body)}.` });
	return configuration as unknown as Configuration;
}
