import { schemaValidator } from '../../mock-server/core/schema-validator';
import { parleyWorld } from './world';

/** The Parley mock over plain HTTP: auth, envelope, error bodies and validation (no n8n). */
describe('Parley mock', () => {
	const world = parleyWorld();
	let token: string;
	const validator = schemaValidator('parley');

	beforeEach(async () => {
		token = (await fetchToken()).body.access_token;
	});

	async function fetchToken(
		body = `client_id=${encodeURIComponent(world.credential.clientId)}&client_secret=${encodeURIComponent(world.credential.clientSecret)}`,
		query = '?grant_type=client_credentials',
	) {
		const response = await fetch(`${world.credential.accessTokenUrl}${query}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
		return { status: response.status, body: (await response.json()) as any };
	}
	const api = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => world.mock.json(method, `/parley${path}`, body, { authorization: `Bearer ${token}`, ...headers });

	it('the token endpoint answers as KPN documents it, and refuses wrong clients and grants', async () => {
		const ok = await fetchToken();
		expect(validator.validate('TokenResponse', ok.body)).toEqual([]);
		expect(ok.body.expires_in).toBe('3599');
		const wrong = await fetchToken(`client_id=${world.credential.clientId}&client_secret=nope`);
		expect(wrong.status).toBe(401);
		expect(validator.validate('GatewayError', wrong.body)).toEqual([]);
		const grant = await fetchToken(undefined, '?grant_type=password');
		expect(grant.status).toBe(400);
	});

	it('answers 401 in the gateway format without, with a wrong and with an expired token', async () => {
		const none = await world.mock.json('GET', '/parley/configuration');
		expect(none.status).toBe(401);
		expect(none.body).toMatchObject({ message: 'Missing access token', name: 'Unauthorized', status: '401' });
		expect(validator.validate('GatewayError', none.body)).toEqual([]);
		expect((await api('GET', '/configuration', undefined, { authorization: 'Bearer nope' })).body.message).toBe('Invalid access token');
		await world.mock.json('POST', '/__control/parley/tokens', { expireAll: true });
		expect((await api('GET', '/configuration')).body.message).toBe('Access token expired');
	});

	it("wraps data in the doc's SUCCES envelope with the called path", async () => {
		const { status, body } = await api('POST', `/results/${world.samples.replyableResultId}/event/opened`);
		expect(status).toBe(200);
		expect(validator.validate('SuccessEnvelope', body)).toEqual([]);
		expect(body).toMatchObject({ data: {}, messages: [], status: 'SUCCES', metadata: { values: { url: `results/${world.samples.replyableResultId}/event/opened` }, method: 'post' } });
		const configuration = await api('GET', '/configuration');
		expect(validator.validate('Configuration', configuration.body.data.configuration)).toEqual([]);
		for (const result of (await world.state()).results) expect(validator.validate('Result', result)).toEqual([]);
	});

	it('accepts event names case-insensitively and refuses unknown ones', async () => {
		expect((await api('POST', `/results/${world.samples.replyableResultId}/event/startTyping`)).status).toBe(200);
		const bad = await api('POST', `/results/${world.samples.replyableResultId}/event/dance`);
		expect(bad.status).toBe(400);
		expect(bad.body.message).toContain('Unknown event "dance"');
	});

	it('validates reply bodies (JSON too) and refuses replies where replyAvailable is false', async () => {
		const empty = await api('POST', `/results/${world.samples.replyableResultId}/replies`, { message: '', connectionId: world.samples.connectionId, public: true });
		expect(empty.status).toBe(400);
		expect(empty.body.message).toContain('message');
		const missing = await api('POST', `/results/${world.samples.replyableResultId}/replies`, { message: 'hi' });
		expect(missing.body.message).toBe('connectionId is required; public is required');
		const refused = await api('POST', `/results/${world.samples.monitoringOnlyResultId}/replies`, { message: 'hi', connectionId: world.samples.connectionId, public: true });
		expect(refused.status).toBe(412);
		const ok = await api('POST', `/results/${world.samples.replyableResultId}/replies`, { message: 'hi', connectionId: world.samples.connectionId, public: true });
		expect(ok.status).toBe(200);
		expect(validator.validate('Reply', ok.body.data.reply)).toEqual([]);
	});

	it('answers bad filters with 400, never 500', async () => {
		for (const path of ['/results/Customer+Service/source:myspace/', '/results/Customer+Service/bogus/', '/results/Customer+Service/limit:1000/', '/results/Customer+Service/%E0%A4%A/']) {
			const { status, body } = await api('GET', path);
			expect({ path, status }).toEqual({ path, status: 400 });
			expect(validator.validate('GatewayError', body)).toEqual([]);
		}
		expect((await api('GET', '/nothing/here')).status).toBe(404);
	});
});
