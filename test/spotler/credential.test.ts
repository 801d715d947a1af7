import { spotlerWorld } from './world';

describe('Spotler Message API credential test (GET /keys/current)', () => {
	const w = spotlerWorld();

	it('succeeds with the mock key and a trailing slash on the base URL', async () => {
		expect(await w.engine.testCredential('spotlerApi', { ...w.credential, baseUrl: `${w.credential.baseUrl}/` })).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = await w.mock.requests({ provider: 'spotler', path: '/keys/current' });
		expect(request.status).toBe(200);
	});

	it('fails with a wrong key, naming the API Key', async () => {
		const result = await w.engine.testCredential('spotlerApi', { ...w.credential, apiKey: 'wrong' });
		expect(result).toEqual({ status: 'Error', message: 'Unauthorized (401): check the API Key. Spotler does not know this key.' });
	});

	it('fails with a base URL that is not the API, naming the Base URL', async () => {
		const result = await w.engine.testCredential('spotlerApi', { ...w.credential, baseUrl: `${new URL(w.credential.baseUrl).origin}/not-spotler` });
		expect(result).toEqual({ status: 'Error', message: 'Not found (404): check the Base URL. For Spotler it is https://api.eazy.im/v3.' });
	});
});
