import { Engine } from '../harness';
import { wabbitWorld } from './world';

describe('Wabbit credential (token exchange, pasted token, 360dialog key)', () => {
	const t = wabbitWorld();

	it('tests the credential with GET /api/v1/users/current/ after exchanging username and password', async () => {
		const engine = await Engine.create();
		expect(await engine.testCredential('wabbitApi', { ...t.credential, baseUrl: `${t.credential.baseUrl}/` })).toEqual({ status: 'OK', message: 'Connection successful!' });
		const requests = await t.mock.requests({ provider: 'wabbit' });
		expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /api/v1/auth/token/ 200', 'GET /api/v1/users/current/ 200']);
		expect(requests[0].body).toEqual({ username: 'konrad', password: '[redacted]' });
		expect(requests[1].headers.authorization).toBe('[redacted]');
	});

	it('fails the test with a wrong pasted token (401) and with no usable key (403), naming the field', async () => {
		const engine = await Engine.create();
		const base = t.credential.baseUrl;
		expect(await engine.testCredential('wabbitApi', { baseUrl: base, authentication: 'token', apiToken: 'f'.repeat(40) })).toEqual({
			status: 'Error',
			message: 'Unauthorized (401): check the API Token. Wabbit does not know this token.',
		});
		expect(await engine.testCredential('wabbitApi', { baseUrl: base, authentication: 'd360', d360ApiKey: 'wrong' })).toEqual({
			status: 'Error',
			message: 'Forbidden (403): check the 360dialog API Key. Wabbit accepted no key or token.',
		});
		expect(await engine.testCredential('wabbitApi', { baseUrl: base, authentication: 'token', apiToken: t.credentials.tokens.user })).toMatchObject({ status: 'OK' });
	});

	it('fails the test with a wrong password (the token exchange answers 400), naming the Username and Password', async () => {
		const engine = await Engine.create();
		const result = await engine.testCredential('wabbitApi', { ...t.credential, password: 'not-the-password' });
		expect(result).toEqual({ status: 'Error', message: 'Bad request (400): check the Username and Password. Wabbit did not exchange them for a token.' });
		const requests = await t.mock.requests({ provider: 'wabbit' });
		expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /api/v1/auth/token/ 400']);
	});

	it('fails the test with a base URL that is not an inbox, naming the Base URL', async () => {
		const engine = await Engine.create();
		const result = await engine.testCredential('wabbitApi', { ...t.credential, baseUrl: `${new URL(t.credential.baseUrl).origin}/not-wabbit` });
		expect(result).toEqual({ status: 'Error', message: 'Not found (404): check the Base URL. It is the address of your own Wabbit inbox, without /api/v1.' });
	});

	it('exchanges the password once, then reuses the stored token', async () => {
		const engine = await Engine.create({ credentials: { wabbitApi: t.credential } });
		for (let i = 0; i < 3; i++) expect((await t.run('chat', 'getMany', { limit: 1 }, { engine })).status).toBe('success');
		const requests = await t.mock.requests({ provider: 'wabbit' });
		expect(requests.filter((r) => r.path === '/api/v1/auth/token/')).toHaveLength(1);
		expect(requests.filter((r) => r.path === '/api/v1/chats/' && r.status === 200)).toHaveLength(3);
		expect(engine.credentialsHelper.store.wabbitApi.sessionToken).toMatch(/^[0-9a-f]{40}$/);
	});

	it('gets a new token when Wabbit rejects the stored one (401) and retries the request', async () => {
		const engine = await Engine.create({ credentials: { wabbitApi: t.credential } });
		await t.run('chat', 'getMany', { limit: 1 }, { engine });
		const first = engine.credentialsHelper.store.wabbitApi.sessionToken;
		await t.mock.simulate('wabbit', 'revoke_token', { username: 'konrad' });

		const result = await t.run('chat', 'getMany', { limit: 1 }, { engine });
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(1);
		const second = engine.credentialsHelper.store.wabbitApi.sessionToken;
		expect(second).toMatch(/^[0-9a-f]{40}$/);
		expect(second).not.toBe(first);
		const requests = await t.mock.requests({ provider: 'wabbit' });
		expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'POST /api/v1/auth/token/ 200',
			'GET /api/v1/chats/ 200',
			'GET /api/v1/chats/ 401',
			'POST /api/v1/auth/token/ 200',
			'GET /api/v1/chats/ 200',
		]);
	});

	it("authenticates with the inbox's 360dialog API key as the first admin", async () => {
		const engine = await Engine.create({ credentials: { wabbitApi: { baseUrl: t.credential.baseUrl, authentication: 'd360', d360ApiKey: t.credentials.d360ApiKey } } });
		const result = await t.run('user', 'getCurrent', {}, { engine });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ id: 1, username: 'konrad', profile: { role: 'admin' } });
		const [request] = await t.apiRequests();
		expect(request.headers['d360-api-key']).toBe('[redacted]');
		expect(request.headers.authorization).toBeUndefined();
	});

	it("a wrong password fails the node with Wabbit's message and never shows the password", async () => {
		const engine = await Engine.create({ credentials: { wabbitApi: { ...t.credential, password: 'not-the-password' } } });
		const result = await t.run('chat', 'getMany', { limit: 1 }, { engine });
		expect(result.status).toBe('error');
		expect(JSON.stringify(result.error)).not.toContain('not-the-password');
		expect(result.error?.message).toContain('Unable to log in with provided credentials');
	});
});
