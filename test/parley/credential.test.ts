import { startMock } from '../harness';
import { parleyWorld } from './world';

describe('Parley credential (OAuth2 client credentials)', () => {
	const world = parleyWorld();

	it('the credential test fetches a token and calls /configuration', async () => {
		const result = await world.engine.testCredential('parleyOAuth2Api', { ...world.credential, baseUrl: `${world.credential.baseUrl}/` });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const requests = await world.requests();
		expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /oauth/client_credential/accesstoken 200', 'GET /configuration 200']);
		// Client id and secret travel in the form body (KPN's way) and never reach the log.
		expect(requests[0].body).toMatchObject({ grant_type: 'client_credentials', client_id: '[redacted]', client_secret: '[redacted]' });
		expect(requests[1].headers.authorization).toBe('[redacted]');
	});

	it('the credential test fails with a wrong client secret', async () => {
		const result = await world.engine.testCredential('parleyOAuth2Api', { ...world.credential, clientSecret: 'wrong' });
		expect(result.status).toBe('Error');
		const [token] = await world.requests();
		expect(token.status).toBe(401);
		expect(await world.requests({ path: '/configuration' })).toHaveLength(0);
		// n8n reports a refused token request itself, before the credential's rules: it names the token.
		expect(result.message).toContain('Failed to acquire OAuth2 access token');
	});

	it('the credential test fails with a base URL that is not the API, naming the Base URL', async () => {
		const result = await world.engine.testCredential('parleyOAuth2Api', { ...world.credential, baseUrl: `${new URL(world.credential.baseUrl).origin}/not-parley` });
		expect(result).toEqual({
			status: 'Error',
			message: 'Not found (404): check the Base URL. For KPN it is https://api-prd.kpn.com/communication/tracebuzz/social-media-webcare.',
		});
	});

	it('the credential test names the Client ID and Client Secret when the API refuses the token it got', async () => {
		// A token from another environment (a second mock): it is issued, and this API does not know it.
		const other = await startMock(7);
		try {
			const { credential: otherEnvironment } = await other.credentials('parley');
			const result = await world.engine.testCredential('parleyOAuth2Api', { ...otherEnvironment, baseUrl: world.credential.baseUrl });
			expect(result.status).toBe('Error');
			expect(result.message).toContain('Unauthorized (401): the API refused the access token. Check the Client ID and Client Secret');
			const statuses = (await world.requests({ path: '/configuration' })).map((r) => r.status);
			expect(statuses.length).toBeGreaterThan(0);
			expect(new Set(statuses)).toEqual(new Set([401]));
		} finally {
			await other.close();
		}
	});

	it('fetches a token once and reuses it for the next executions', async () => {
		await world.run('configuration', 'get');
		await world.run('configuration', 'get');
		const tokenRequests = await world.requests({ path: '/oauth/' });
		expect(tokenRequests).toHaveLength(1);
		expect(await world.requests({ path: '/configuration' })).toHaveLength(2);
	});

	it('fetches a new token when the stored one has expired, and the request still succeeds', async () => {
		await world.run('configuration', 'get');
		const firstToken = world.engine.credentialsHelper.store.parleyOAuth2Api.oauthTokenData as any;
		await world.mock.json('POST', '/__control/parley/tokens', { expireAll: true });
		const result = await world.run('configuration', 'get');
		expect(result.status).toBe('success');
		const log = (await world.requests()).map((r) => `${r.method} ${r.path} ${r.status}`);
		expect(log).toEqual([
			'POST /oauth/client_credential/accesstoken 200',
			'GET /configuration 200',
			'GET /configuration 401',
			'POST /oauth/client_credential/accesstoken 200',
			'GET /configuration 200',
		]);
		const secondToken = world.engine.credentialsHelper.store.parleyOAuth2Api.oauthTokenData as any;
		expect(secondToken.access_token).not.toBe(firstToken.access_token);
	});

	it('tokens the mock issues with a short lifetime stop working once it has passed', async () => {
		await world.mock.json('POST', '/__control/parley/tokens', { expiresIn: 1 });
		await world.run('configuration', 'get');
		expect((world.engine.credentialsHelper.store.parleyOAuth2Api.oauthTokenData as any).expires_in).toBe('1');
		await new Promise((resolve) => setTimeout(resolve, 1_100));
		const result = await world.run('configuration', 'get');
		expect(result.status).toBe('success');
		const statuses = (await world.requests({ path: '/configuration' })).map((r) => r.status);
		expect(statuses).toEqual([200, 401, 200]);
	});

	it('a wrong client secret fails the node with the gateway message', async () => {
		const bad = await world.engineWith({ clientSecret: 'wrong' });
		const result = await world.run('configuration', 'get', {}, { engine: bad });
		expect(result.status).toBe('error');
		expect(result.error?.message).toContain('access token');
		expect(JSON.stringify(result.error)).not.toContain(world.credential.clientSecret);
	});
});
