import { NodeOperationError, type IExecuteSingleFunctions, type IHttpRequestMethods, type ILoadOptionsFunctions, type IPollFunctions } from 'n8n-workflow';

import type { Configuration } from '../../../schemas/parley/types.generated';
import { providerRequest, type ProviderApi } from '../../shared/transport';
import { describeShape, looksLikeConfiguration, readPayload } from './envelope';
import { readParleyError } from './errors';

export const CREDENTIAL_TYPE = 'parleyOAuth2Api';

export const PARLEY_API: ProviderApi = { provider: 'Parley', credentialType: CREDENTIAL_TYPE, readError: readParleyError };

type ParleyContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions;

/** For what routing cannot do (pickers, the reply pre-check, the polling trigger): the whole answer, for readers that find the payload wherever it stands (envelope.ts). */
export async function parleyApiBody(ctx: ParleyContext, method: IHttpRequestMethods, path: string): Promise<unknown> {
	return await providerRequest<unknown>(ctx, PARLEY_API, { method, path });
}

export async function getConfiguration(ctx: ParleyContext): Promise<Configuration> {
	const body = await parleyApiBody(ctx, 'GET', '/configuration');
	const configuration = readPayload(body, 'configuration', looksLikeConfiguration);
	if (!configuration) throw new NodeOperationError(ctx.getNode(), 'Parley answered /configuration without a configuration', { description: `The answer's data is ${describeShape(body)}.` });
	return configuration as unknown as Configuration;
}
