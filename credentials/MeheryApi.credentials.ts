import type { ICredentialDataDecryptedObject, IHttpRequestOptions, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class MeheryApi implements ICredentialType {
	name = 'meheryApi';

	displayName = 'Mehery XMS API';

	icon: Icon = { light: 'file:../nodes/Mehery/mehery.svg', dark: 'file:../nodes/Mehery/mehery.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-omnichannel#mehery-xms-messaging-apis';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Your Mehery API key, sent as the x-api-key header',
		},
		{
			displayName: 'API ID',
			name: 'apiId',
			type: 'string',
			default: '',
			description: 'The API ID that belongs to the key, sent as the x-api-id header. Leave empty if you were not given one.',
		},
		{
			displayName: 'Webhook Verify Token',
			name: 'verifyToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The callback verification token from your Mehery console. Mehery sends it as x-verify-token with every notification; the Mehery triggers refuse deliveries that do not carry it.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.mehery.xyz/xms',
			description: 'Leave as is for Mehery. To use the bundled mock server, enter its Mehery address, e.g. http://127.0.0.1:4010/mehery.',
		},
	];

	// A function, not a generic block: n8n evaluates a generic block's expressions on every
	// request, which a broadcast of thousands pays for thousands of times.
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		// Copied with Object.assign, not a leading spread, as keys are added: CONTRIBUTING.md, "Copies on the per-item path".
		const headers = Object.assign({}, requestOptions.headers);
		headers['x-api-key'] = String(credentials.apiKey);
		headers['x-api-id'] = String(credentials.apiId);
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/v1/config/channels',
		},
		// What n8n shows under "Couldn't connect with these settings": the field that is likely wrong.
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: 'Unauthorized (401): check the API Key. Mehery does not know this key.' } },
			{
				type: 'responseCode',
				properties: { value: 403, message: 'Forbidden (403): check the API ID. It must belong to the API Key; leave it empty if you were not given one.' },
			},
			{ type: 'responseCode', properties: { value: 404, message: 'Not found (404): check the Base URL. For Mehery it is https://api.mehery.xyz/xms.' } },
		],
	};
}
