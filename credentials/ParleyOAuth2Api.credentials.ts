import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * KPN API Store authentication: OAuth2 client credentials. n8n's OAuth2 support fetches the
 * token, signs requests with `Authorization: Bearer`, and fetches a new token when the API
 * answers 401 (KPN tokens live an hour).
 */
export class ParleyOAuth2Api implements ICredentialType {
	name = 'parleyOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Parley Webcare OAuth2 API';

	icon: Icon = { light: 'file:../nodes/Parley/parley.svg', dark: 'file:../nodes/Parley/parley.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-omnichannel#parley-webcare';

	properties: INodeProperties[] = [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'clientCredentials' },
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			description: 'The client_id of your app on the KPN API Store (developer.kpn.com)',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The client_secret of your app on the KPN API Store',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			required: true,
			// KPN's published token request carries grant_type in the query (n8n also sends it in the body).
			default: 'https://api-prd.kpn.com/oauth/client_credential/accesstoken?grant_type=client_credentials',
			description: 'Leave as is for KPN. For the bundled mock server, use its token endpoint, e.g. http://127.0.0.1:4010/parley/oauth/client_credential/accesstoken?grant_type=client_credentials.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api-prd.kpn.com/communication/tracebuzz/social-media-webcare',
			description: 'Leave as is for KPN. For the bundled mock server, enter its Parley address, e.g. http://127.0.0.1:4010/parley.',
		},
		// KPN's token endpoint takes client_id and client_secret in the form body, and has no scopes.
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'body' },
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: '' },
		{ displayName: 'Auth URI Query Parameters', name: 'authQueryParameters', type: 'hidden', default: '' },
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/configuration',
		},
		// What n8n shows under "Couldn't connect with these settings": the field that is likely wrong.
		// A refused token request never gets here: n8n reports it as "Failed to acquire OAuth2 access token".
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Unauthorized (401): the API refused the access token. Check the Client ID and Client Secret, and that the Access Token URL and the Base URL are of the same environment.',
				},
			},
			{
				type: 'responseCode',
				properties: { value: 403, message: 'Forbidden (403): check the Client ID. The app may not have access to Social Media Webcare on the KPN API Store.' },
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'Not found (404): check the Base URL. For KPN it is https://api-prd.kpn.com/communication/tracebuzz/social-media-webcare.',
				},
			},
		],
	};
}
