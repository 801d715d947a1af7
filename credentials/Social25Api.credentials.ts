import type { ICredentialDataDecryptedObject, IHttpRequestOptions, Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

export class Social25Api implements ICredentialType {
	name = 'social25Api';

	displayName = 'Social25 Chat API';

	icon: Icon = { light: 'file:../nodes/Social25/social25.svg', dark: 'file:../nodes/Social25/social25.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-omnichannel#social25-chat-api';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The API token Social25 (support@gen25.com) issued for your tenant',
		},
		{
			displayName: 'Tenant ID',
			name: 'tenantId',
			type: 'string',
			default: '',
			placeholder: '007be0e1-6c95-4843-8673-a76a479266f8',
			description: 'The uuid of your tenant. Operations use it unless you pick another tenant in the node. Leave empty to always pick one in the node.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://social25.herokuapp.com/api/v1.0',
			description:
				'Leave as is for Social25 (use https://social25-dev.herokuapp.com/api/v1.0 for the test environment). To use the bundled mock server, enter its Social25 address, e.g. http://127.0.0.1:4010/social25.',
		},
	];

	// A function, not a generic block: n8n evaluates a generic block's expressions on every
	// request, which a broadcast of thousands pays for thousands of times.
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		// Copied with Object.assign, not a leading spread, as keys are added: CONTRIBUTING.md, "Copies on the per-item path".
		const headers = Object.assign({}, requestOptions.headers);
		headers.Authorization = `Bearer ${String(credentials.accessToken)}`;
		return { ...requestOptions, headers };
	}

	/** The tenant configuration is the cheapest call that proves the token works. */
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/tenants/',
		},
		// What n8n shows under "Couldn't connect with these settings": the field that is likely wrong.
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: 'Unauthorized (401): check the Access Token. Social25 does not know this token.' } },
			{ type: 'responseCode', properties: { value: 403, message: 'Forbidden (403): check the Access Token. Social25 refused it.' } },
			{
				type: 'responseCode',
				properties: { value: 404, message: 'Not found (404): check the Base URL. For Social25 it is https://social25.herokuapp.com/api/v1.0.' },
			},
		],
	};
}
