import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { fieldError } from '../../../shared/validation';

export const ssoAccessTokenGetDescription: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: 'E-mail address of the Tracebuzz user to get a token for',
		displayOptions: { show: { resource: ['ssoAccessToken'], operation: ['get'] } },
	},
];

export async function prepareSsoAccessTokenGet(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const email = String(this.getNodeParameter('email', '') ?? '').trim();
	if (!/^[^@\s/]+@[^@\s/]+$/.test(email)) throw fieldError(this, '"Email"', `"${email}" is not an e-mail address`);
	requestOptions.url = `/ssoAccessToken/${encodeURIComponent(email)}`;
	return requestOptions;
}
