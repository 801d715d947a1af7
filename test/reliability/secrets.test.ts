import { Engine, startMock, type MockClient, type NodeSpec } from '../harness';

/** Credential values must not appear in node errors, nor in the mock's request or delivery logs. */
describe('secrets stay out of errors and logs', () => {
	let mock: MockClient;
	let creds: Record<string, any>;

	beforeAll(async () => {
		mock = await startMock();
		creds = (await mock.json('GET', '/__control/credentials')).body;
	});
	afterAll(() => mock.close());

	/** Every string value of a credential long enough to be a secret. */
	const secretsOf = (credential: Record<string, unknown>) =>
		Object.entries(credential)
			.filter(([key, value]) => typeof value === 'string' && value.length >= 8 && !/url|authentication|tenant/i.test(key))
			.map(([, value]) => value as string);

	const cases: Array<{ provider: string; credentialType: string; wrong: (c: any) => any; node: NodeSpec }> = [
		{ provider: 'spotler', credentialType: 'spotlerApi', wrong: (c) => ({ ...c, apiKey: `${c.apiKey}WRONG` }), node: { type: 'spotler', parameters: { resource: 'channel', operation: 'getAll' } } },
		{
			provider: 'social25',
			credentialType: 'social25Api',
			wrong: (c) => ({ ...c, accessToken: `${c.accessToken}WRONG` }),
			node: { type: 'social25', parameters: { resource: 'tenant', operation: 'get' } },
		},
		{ provider: 'mehery', credentialType: 'meheryApi', wrong: (c) => ({ ...c, apiKey: `${c.apiKey}WRONG` }), node: { type: 'mehery', parameters: { resource: 'channel', operation: 'getAll' } } },
		{ provider: 'wabbit', credentialType: 'wabbitApi', wrong: (c) => ({ ...c, password: `${c.password}WRONG` }), node: { type: 'wabbit', parameters: { resource: 'chat', operation: 'getMany' } } },
		{
			provider: 'parley',
			credentialType: 'parleyOAuth2Api',
			wrong: (c) => ({ ...c, clientSecret: `${c.clientSecret}WRONG` }),
			node: { type: 'parley', parameters: { resource: 'configuration', operation: 'get' } },
		},
	];

	it.each(cases)('$provider: a rejected credential gives an error without the secret in it', async ({ provider, credentialType, wrong, node }) => {
		const bad = wrong(creds[provider].credential);
		const engine = await Engine.create({ credentials: { [credentialType]: bad } });
		const result = await engine.runNode(node);
		expect(result.status).toBe('error');
		// Rejected for the credential (by the API, its token exchange or its OAuth2 token endpoint), not for something else.
		expect(JSON.stringify(result.error)).toMatch(/HTTP (status )?40[013]|Unauthorized|log in with provided credentials|access token/i);
		const errorText = JSON.stringify(result.run.data.resultData);
		for (const secret of secretsOf(bad)) expect(errorText).not.toContain(secret);
	});

	it.each(cases)('$provider: a working call leaves no credential value in the request log', async ({ provider, credentialType, node }) => {
		const credential = creds[provider].credential;
		const engine = await Engine.create({ credentials: { [credentialType]: credential } });
		const result = await engine.runNode(node);
		expect(result.status).toBe('success');
		const logs = JSON.stringify(await mock.requests({ provider })) + JSON.stringify((await mock.json('GET', `/__control/deliveries?provider=${provider}`)).body);
		expect(logs.length).toBeGreaterThan(100);
		for (const secret of secretsOf(credential)) expect(logs).not.toContain(secret);
	});
});
