import { Engine } from '../harness';
import { setupSocial25, type Social25Setup } from './helpers';

describe('Social25 credential test (GET /tenants/)', () => {
	let s: Social25Setup;
	let engine: Engine;

	beforeAll(async () => {
		s = await setupSocial25();
		engine = await Engine.create();
	});
	afterAll(() => s.mock.close());

	it('succeeds with the mock token and a trailing slash on the base URL', async () => {
		expect(await engine.testCredential('social25Api', { ...s.credential, baseUrl: `${s.credential.baseUrl}/` })).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = await s.requests({ path: '/tenants/' });
		expect(request.status).toBe(200);
		expect(request.headers.authorization).toBe('[redacted]');
	});

	it('fails with a wrong token', async () => {
		const result = await engine.testCredential('social25Api', { ...s.credential, accessToken: 'wrong' });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('401');
	});
});
