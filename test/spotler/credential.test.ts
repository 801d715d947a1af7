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

	it('fails with a wrong key', async () => {
		const result = await engine.testCredential('spotlerApi', { ...credential, apiKey: 'wrong' });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('401');
	});
});
