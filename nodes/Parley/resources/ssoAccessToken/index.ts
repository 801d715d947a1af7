import type { INodeProperties } from 'n8n-workflow';

import { outputData } from '../../shared/output';
import { prepareSsoAccessTokenGet, ssoAccessTokenGetDescription } from './get';

const showOnlyForSsoAccessToken = { resource: ['ssoAccessToken'] };

export const ssoAccessTokenDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForSsoAccessToken },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an access token for a user',
				description: "Regenerate a user's single sign-on (SSO) access token; the previous one stops being current",
				routing: {
					request: { method: 'GET', url: '/ssoAccessToken' },
					send: { preSend: [prepareSsoAccessTokenGet] },
					output: { postReceive: [outputData] },
				},
			},
		],
		default: 'get',
	},
	...ssoAccessTokenGetDescription,
];
