import { Engine } from '../harness';
import { social25World } from './world';

describe('Social25 credential test (GET /tenants/)', () => {
	const s = social25World({ resetEachTest: false });
	let engine: Engine;

	beforeAll(async () => {
		engine = await Engine.create();
	});

	it('succeeds with the mock token and a trailing slash on the base URL', async () => {
		expect(await engine.testCredential('social25Api', { ...s.credential, baseUrl: `${s.credential.baseUrl}/` })).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = await s.requests({ path: '/tenants/' });
		expect(request.status).toBe(200);
		expect(request.headers.authorization).toBe('[redacted]');
	});

	it('fails with a wrong token, naming the Access Token', async () => {
		const result = await engine.testCredential('social25Api', { ...s.credential, accessToken: 'wrong' });
		expect(result).toEqual({ status: 'Error', message: 'Unauthorized (401): check the Access Token. Social25 does not know this token.' });
	});

	it('fails with a base URL that is not the API, naming the Base URL', async () => {
		const result = await engine.testCredential('social25Api', { ...s.credential, baseUrl: `${new URL(s.credential.baseUrl).origin}/not-social25` });
		expect(result).toEqual({ status: 'Error', message: 'Not found (404): check the Base URL. For Social25 it is https://social25.herokuapp.com/api/v1.0.' });
	});
});
