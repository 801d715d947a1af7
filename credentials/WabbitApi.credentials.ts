import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestHelper, IHttpRequestOptions, Icon, INodeProperties } from 'n8n-workflow';

type Mode = 'password' | 'token' | 'd360';

const apiRoot = (credentials: ICredentialDataDecryptedObject) => `${String(credentials.baseUrl).replace(/\/+$/, '')}/api/v1`;

export class WabbitApi implements ICredentialType {
	name = 'wabbitApi';

	displayName = 'Wabbit WhatsApp Integration API';

	icon: Icon = { light: 'file:../nodes/Wabbit/wabbit.svg', dark: 'file:../nodes/Wabbit/wabbit.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-omnichannel#wabbit-whatsapp-integration-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://your-inbox.example.com',
			required: true,
			placeholder: 'https://your-inbox.example.com',
			description:
				'The address of your own Wabbit inbox (every customer has one; there is no shared host, so replace the placeholder). The API lives under /api/v1/ of it. For the bundled mock server, enter its Wabbit address, e.g. http://127.0.0.1:4010/wabbit.',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			default: 'password',
			options: [
				{
					name: '360dialog API Key',
					value: 'd360',
					description: 'Acts as the admin user who created the inbox',
				},
				{
					name: 'API Token',
					value: 'token',
					description: "A token you already have, e.g. from an app user's activation link",
				},
				{
					name: 'Username and Password',
					value: 'password',
					description: 'Exchanged for a token automatically; the token is reused until Wabbit rejects it',
				},
			],
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'An inbox user. Give each workflow, app or bot its own user, as Wabbit recommends.',
			displayOptions: { show: { authentication: ['password'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['password'] } },
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Sent as "Authorization: Token ..."',
			displayOptions: { show: { authentication: ['token'] } },
		},
		{
			displayName: '360dialog API Key',
			name: 'd360ApiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Sent as the D360-Api-Key header',
			displayOptions: { show: { authentication: ['d360'] } },
		},
		{
			// Filled by preAuthentication; n8n clears and refills it when Wabbit answers 401.
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/**
	 * Username and password: POST /api/v1/auth/token/ returns the user's token, which n8n stores
	 * and reuses until a request answers 401. A pasted token is used as it is.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const mode = credentials.authentication as Mode;
		if (mode === 'token') return { sessionToken: String(credentials.apiToken) };
		// The 360dialog key needs no token; a non-empty marker stops n8n from asking again on every request.
		if (mode === 'd360') return { sessionToken: 'd360' };
		const { token } = (await this.helpers.httpRequest({
			method: 'POST',
			url: `${apiRoot(credentials)}/auth/token/`,
			body: { username: credentials.username, password: credentials.password },
			json: true,
		})) as { token: string };
		return { sessionToken: token };
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		// Copied with Object.assign, not a leading spread, as keys are added: CONTRIBUTING.md, "Copies on the per-item path".
		const headers = Object.assign({}, requestOptions.headers);
		if (credentials.authentication === 'd360') headers['D360-Api-Key'] = String(credentials.d360ApiKey);
		else headers.Authorization = `Token ${String(credentials.authentication === 'token' ? credentials.apiToken : credentials.sessionToken)}`;
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/v1/users/current/',
		},
		// What n8n shows under "Couldn't connect with these settings": the field that is likely wrong.
		// Only the token exchange answers 400 (DRF's "Unable to log in with provided credentials").
		rules: [
			{
				type: 'responseCode',
				properties: { value: 400, message: 'Bad request (400): check the Username and Password. Wabbit did not exchange them for a token.' },
			},
			{ type: 'responseCode', properties: { value: 401, message: 'Unauthorized (401): check the API Token. Wabbit does not know this token.' } },
			{
				type: 'responseCode',
				properties: { value: 403, message: 'Forbidden (403): check the 360dialog API Key. Wabbit accepted no key or token.' },
			},
			{
				type: 'responseCode',
				properties: { value: 404, message: 'Not found (404): check the Base URL. It is the address of your own Wabbit inbox, without /api/v1.' },
			},
		],
	};
}
