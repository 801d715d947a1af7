import type { INodeProperties } from 'n8n-workflow';

import { emailField, forOperation } from '../../../shared/operations';
import { operation } from '../../shared/operations';
import { outputData } from '../../shared/output';

export const ssoAccessTokenGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get an access token for a user',
	description: "Regenerate a user's single sign-on (SSO) access token; the previous one stops being current",
	method: 'GET',
	path: '/ssoAccessToken/{email}',
	output: [outputData],
});

export const ssoAccessTokenGetFields: INodeProperties[] = forOperation('ssoAccessToken', 'get', [
	emailField({
		required: true,
		description: 'E-mail address of the Tracebuzz user to get a token for',
	}),
]);
