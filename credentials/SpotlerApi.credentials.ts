import type { ICredentialDataDecryptedObject, IHttpRequestOptions, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class SpotlerApi implements ICredentialType {
	name = 'spotlerApi';

	displayName = 'Spotler Message API';

	icon: Icon = { light: 'file:../nodes/Spotler/spotler.svg', dark: 'file:../nodes/Spotler/spotler.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-omnichannel#spotler-message-api';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'A Spotler Message API v3 key. A company-scope key reaches every operation; a channel key only reaches its own channels.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.eazy.im/v3',
			description: 'Leave as is for Spotler. To use the bundled mock server, enter its Spotler address, e.g. http://127.0.0.1:4010/spotler.',
		},
	];

	// A function, not a generic block: n8n evaluates a generic block's expressions on every
	// request, which a broadcast of thousands pays for thousands of times.
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		// Copied with Object.assign, not a leading spread, as keys are added: CONTRIBUTING.md, "Copies on the per-item path".
		const headers = Object.assign({}, requestOptions.headers);
		headers.Authorization = `Bearer ${String(credentials.apiKey)}`;
		return { ...requestOptions, headers };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/keys/current',
		},
		// What n8n shows under "Couldn't connect with these settings": the field that is likely wrong.
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: 'Unauthorized (401): check the API Key. Spotler does not know this key.' } },
			{ type: 'responseCode', properties: { value: 403, message: 'Forbidden (403): check the API Key. Spotler refused it.' } },
			{ type: 'responseCode', properties: { value: 404, message: 'Not found (404): check the Base URL. For Spotler it is https://api.eazy.im/v3.' } },
		],
	};
}
