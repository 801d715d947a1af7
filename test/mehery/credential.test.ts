import { meheryWorld } from './world';

describe('Mehery credential test (GET /api/v1/config/channels)', () => {
	const world = meheryWorld();

	it('succeeds with the mock key and id and a trailing slash on the base URL, sending both headers', async () => {
		expect(await world.engine.testCredential('meheryApi', { ...world.credential, baseUrl: `${world.credential.baseUrl}/` })).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = await world.requests({ path: '/api/v1/config/channels' });
		expect(request.status).toBe(200);
		expect(request.headers['x-api-key']).toBe('[redacted]');
		expect(request.headers['x-api-id']).toBe('[redacted]');
	});

	it('succeeds without an API ID (the header is optional)', async () => {
		expect((await world.engine.testCredential('meheryApi', { ...world.credential, apiId: '' })).status).toBe('OK');
	});

	it('fails with a wrong key (401) and with an API ID of another account (403)', async () => {
		const wrongKey = await world.engine.testCredential('meheryApi', { ...world.credential, apiKey: 'wrong' });
		expect(wrongKey).toEqual({ status: 'Error', message: 'Unauthorized (401): check the API Key. Mehery does not know this key.' });
		const wrongId = await world.engine.testCredential('meheryApi', { ...world.credential, apiId: 'ffffffffffffffffffffffff' });
		expect(wrongId).toEqual({
			status: 'Error',
			message: 'Forbidden (403): check the API ID. It must belong to the API Key; leave it empty if you were not given one.',
		});
	});

	it('fails with a base URL that is not the API, naming the Base URL', async () => {
		const result = await world.engine.testCredential('meheryApi', { ...world.credential, baseUrl: `${new URL(world.credential.baseUrl).origin}/not-mehery` });
		expect(result).toEqual({ status: 'Error', message: 'Not found (404): check the Base URL. For Mehery it is https://api.mehery.xyz/xms.' });
	});
});
