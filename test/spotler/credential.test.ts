import { Engine, startMock, type MockClient } from '../harness';

describe('Spotler Message API credential test (GET /keys/current)', () => {
	let mock: MockClient;
	let engine: Engine;
	let credential: { baseUrl: string; apiKey: string };

	beforeAll(async () => {
		mock = await startMock();
		credential = (await mock.credentials('spotler')).credential;
		engine = await Engine.create();
	});
	afterAll(() => mock.close());

	it('succeeds with the mock key and a trailing slash on the base URL', async () => {
		expect(await engine.testCredential('spotlerApi', { ...credential, baseUrl: `${credential.baseUrl}/` })).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = await mock.requests({ provider: 'spotler', path: '/keys/current' });
		expect(request.status).toBe(200);
	});

	it('fails with a wrong key, naming the API Key', async () => {
		const result = await engine.testCredential('spotlerApi', { ...credential, apiKey: 'wrong' });
		expect(result).toEqual({ status: 'Error', message: 'Unauthorized (401): check the API Key. Spotler does not know this key.' });
	});

	it('fails with a base URL that is not the API, naming the Base URL', async () => {
		const result = await engine.testCredential('spotlerApi', { ...credential, baseUrl: `${new URL(credential.baseUrl).origin}/not-spotler` });
		expect(result).toEqual({ status: 'Error', message: 'Not found (404): check the Base URL. For Spotler it is https://api.eazy.im/v3.' });
	});
});
