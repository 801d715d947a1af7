import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

import type { Configuration } from '../../../schemas/parley/types.generated';
import { credentialApiRequest } from '../../shared/transport';

export const CREDENTIAL_TYPE = 'parleyOAuth2Api';

type ParleyContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions;

/** Every answer comes in the doc's envelope; this is its `data`. */
export interface Envelope<T> {
	data: T;
	status: string;
}

/** For what routing cannot do: pickers, the reply pre-check and the polling trigger. */
export async function parleyApiRequest<T = IDataObject>(ctx: ParleyContext, method: IHttpRequestMethods, path: string): Promise<T> {
	return (await credentialApiRequest<Envelope<T>>(ctx, CREDENTIAL_TYPE, { method, path })).data;
}

export async function getConfiguration(ctx: ParleyContext): Promise<Configuration> {
	return (await parleyApiRequest<{ configuration: Configuration }>(ctx, 'GET', '/configuration')).configuration;
}
