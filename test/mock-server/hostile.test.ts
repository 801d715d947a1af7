import { request } from 'node:http';

import { createMockServer } from '../../mock-server';
import { MockClient, startMock } from '../harness';

/**
 * Hostile and careless input (issue 15): nothing a client sends may crash the mock, make it
 * answer 5xx or HTML, leak a secret into its logs, or grow its memory without bound.
 */
describe('mock server under hostile input', () => {
	let mock: MockClient;
	let creds: Record<string, any>;
	beforeAll(async () => {
		mock = await startMock();
	});
	afterAll(() => mock.close());
	beforeEach(async () => {
		mock.server.reset(42);
		creds = (await mock.json('GET', '/__control/credentials')).body;
	});

	const wabbit = () => ({ authorization: `Token ${creds.wabbit.tokens.admin}` });
	const social25 = () => ({ authorization: `Bearer ${creds.social25.credential.accessToken}` });
	const mehery = () => mock.server.provider('mehery').authHeaders!();
	const spotler = () => ({ authorization: `Bearer ${creds.spotler.credential.apiKey}` });
	const logText = async (provider: string) => JSON.stringify(await mock.requests({ provider }));

	it('survives deeply nested JSON: refuses it in the provider format and keeps serving', async () => {
		const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
		const response = await fetch(`${mock.url}/spotler/channels`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deep });
		expect([400, 401, 413]).toContain(response.status);
		expect(await response.json()).toMatchObject({ error: { code: expect.any(Number) } });
		// The log's finish listener ran (it used to throw and end the process); the mock still answers.
		await new Promise((r) => setTimeout(r, 50));
		expect((await mock.json('GET', '/__control/requests?provider=spotler')).status).toBe(200);
		expect((await mock.json('GET', '/spotler/keys/current', undefined, spotler())).status).toBe(200);
	});

	it('reads query parameters only as strings: objects in the query never cause a 5xx', async () => {
		const tenant = creds.social25.credential.tenantId;
		const calls = [
			mock.json('GET', '/wabbit/api/v1/persons/?search[toString]=x', undefined, wabbit()),
			mock.json('GET', '/wabbit/api/v1/chats/?limit[toString]=1', undefined, wabbit()),
			mock.json('GET', `/social25/tenants/${tenant}/conversations/?state[toString]=1`, undefined, social25()),
			mock.json('GET', '/mehery/api/v1/config/channels?sandbox[toString]=1', undefined, mehery()),
		];
		const statuses = (await Promise.all(calls)).map((r) => r.status);
		expect(statuses).toEqual([200, 200, 200, 200]);
	});

	it('answers body keys named after Object.prototype members with a 400 field error', async () => {
		const tenant = creds.social25.credential.tenantId;
		const agents = await mock.json('POST', `/social25/tenants/${tenant}/agents/`, { constructor: 1 }, social25());
		expect(agents.status).toBe(400);
		for (const key of ['toString', '__proto__', 'hasOwnProperty', 'valueOf', 'constructor']) {
			const tag = await fetch(`${mock.url}/wabbit/api/v1/tags/`, { method: 'POST', headers: { 'content-type': 'application/json', ...wabbit() }, body: `{"${key}":1}` });
			expect({ key, status: tag.status }).toEqual({ key, status: 400 });
			expect(typeof (await tag.json())).toBe('object');
		}
	});

	it('answers PUT and PATCH without a body as client errors, not 500', async () => {
		const waId = creds.wabbit.samples.waId;
		const put = await fetch(`${mock.url}/wabbit/api/v1/chat_assignment/${waId}/`, { method: 'PUT', headers: wabbit() });
		expect(put.status).toBe(400);
		const patch = await fetch(`${mock.url}/wabbit/api/v1/users/2/`, { method: 'PATCH', headers: wabbit() });
		expect(patch.status).toBe(200);
		const putUser = await fetch(`${mock.url}/wabbit/api/v1/users/2/`, { method: 'PUT', headers: wabbit() });
		expect(putUser.status).toBe(400);
	});

	it('refuses a malformed Basic header on the Parley token endpoint with 401', async () => {
		const response = await fetch(`${creds.parley.credential.accessTokenUrl}?grant_type=client_credentials`, {
			method: 'POST',
			headers: { authorization: 'Basic JVpaOng=' },
		});
		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({ status: '401', name: 'Unauthorized' });
	});

	it('control API: errors are JSON without stack traces', async () => {
		for (const path of ['/__control/requests?method[toString]=1', '/__control/constructor/state', '/__control/deliveries?provider[a]=b', '/constructor/openapi.json']) {
			const response = await fetch(`${mock.url}${path}`);
			const text = await response.text();
			expect({ path, status: response.status < 500, html: /<html|<pre>|at .*\.ts:\d+/i.test(text) }).toEqual({ path, status: true, html: false });
			expect(() => JSON.parse(text)).not.toThrow();
		}
		const bad = await fetch(`${mock.url}/__control/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"broken"' });
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({ error: expect.any(String) });
	});

	it('control API: /credentials answers after the samples were deleted through the API', async () => {
		const { channelJid, contactJid, noteId } = creds.spotler.samples;
		const base = `/spotler/channels/${encodeURIComponent(channelJid)}/contacts/${encodeURIComponent(contactJid)}`;
		expect((await mock.json('DELETE', `${base}/notes/${noteId}`, undefined, spotler())).status).toBe(204);
		const afterNote = await mock.json('GET', '/__control/credentials');
		expect(afterNote.status).toBe(200);
		expect(afterNote.body.spotler.credential.apiKey).toBe(creds.spotler.credential.apiKey);
		expect((await mock.json('DELETE', base, undefined, spotler())).status).toBe(204);
		const afterContact = await mock.json('GET', '/__control/credentials');
		expect(afterContact.status).toBe(200);
		expect(afterContact.body.spotler.samples.contactJid).not.toBe(contactJid);
		const tenant = creds.social25.credential.tenantId;
		const open = creds.social25.samples.whatsappConversationId;
		await mock.json('DELETE', `/social25/tenants/${tenant}/conversation/${open}/delete/`, undefined, social25());
		expect((await mock.json('GET', '/__control/credentials')).status).toBe(200);
	});

	it('control API: refuses cross-site simple requests and foreign Host names', async () => {
		await mock.fault({ provider: 'spotler', path: '/keys/current', status: 503 });
		const crossSite = await fetch(`${mock.url}/__control/reset`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example' }, body: '{}' });
		expect(crossSite.status).toBeGreaterThanOrEqual(400);
		expect(crossSite.status).toBeLessThan(500);
		expect(mock.server.faults.list()).toHaveLength(1);
		const plain = await fetch(`${mock.url}/__control/spotler/simulate/message`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
		expect(plain.status).toBe(415);
		const foreignOrigin = await fetch(`${mock.url}/__control/reset`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: '{}' });
		expect(foreignOrigin.status).toBe(403);
		expect(mock.server.faults.list()).toHaveLength(1);
		expect((await mock.state('spotler')).conversations.flatMap((c: any) => c.messages).filter((m: any) => m.direction === 'inbound' && m.message.body === 'Hello, I have a question')).toHaveLength(0);
		const rebound = await rawRequest(mock.url, 'GET', '/__control/credentials', { host: 'attacker.example:4010' });
		expect(rebound.status).toBe(403);
		// The mock's own origin is fine.
		const sameOrigin = await fetch(`${mock.url}/__control/reset`, { method: 'POST', headers: { 'content-type': 'application/json', origin: mock.url }, body: '{}' });
		expect(sameOrigin.status).toBe(200);
		expect(mock.server.faults.list()).toHaveLength(0);
	});

	it('logs: long bodies, deep secrets, secret query parameters and custom secret headers are redacted', async () => {
		const password = creds.wabbit.users.anna.password;
		await mock.json('POST', '/wabbit/api/v1/auth/token/', { username: 'anna', password, extra: 'x'.repeat(5_000) });
		expect(await logText('wabbit')).not.toContain(password);

		const { clientId, clientSecret, accessTokenUrl } = creds.parley.credential;
		await fetch(accessTokenUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope: 's'.repeat(5_000) }),
		});
		expect(await logText('parley')).not.toContain(clientSecret);

		let nested: any = { password: 'deep-secret-value-123' };
		for (let i = 0; i < 9; i++) nested = { level: nested };
		await mock.json('POST', '/spotler/channels/x/webhooks', nested, spotler());
		expect(await logText('spotler')).not.toContain('deep-secret-value-123');

		const key = 'rule-engine-key-0123456789';
		await mock.json('PUT', '/__control/wabbit/rule-engine', { url: 'http://127.0.0.1:9/hook?secret=query-secret-1&auth=query-secret-2&page=1', headers: { 'X-Rule-Engine-Key': key } });
		await mock.simulate('wabbit', 'message', {});
		const deliveries = JSON.stringify((await mock.json('GET', '/__control/deliveries?provider=wabbit&wait=1')).body);
		expect(deliveries).toContain('page=1');
		for (const secret of ['query-secret-1', 'query-secret-2', key]) expect(deliveries).not.toContain(secret);
	});

	it('Wabbit media upload refuses missing auth before reading the body', async () => {
		const { hostname, port } = new URL(mock.url);
		const status = await new Promise<number | 'no answer'>((resolve, reject) => {
			const req = request({
				hostname,
				port,
				method: 'POST',
				path: '/wabbit/api/v1/media/',
				agent: false,
				headers: { 'content-type': 'multipart/form-data; boundary=xyz', 'content-length': String(45 * 1024 * 1024) },
			});
			const timer = setTimeout(() => {
				req.destroy();
				resolve('no answer');
			}, 2_000);
			req.on('response', (res) => {
				clearTimeout(timer);
				res.resume();
				resolve(res.statusCode ?? 0);
				req.destroy();
			});
			req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
			// Only the start of the 45 MB body: a server that waits for all of it never answers.
			req.write(`--xyz\r\nContent-Disposition: form-data; name="file_encoded"; filename="a.bin"\r\n\r\n${'x'.repeat(64 * 1024)}`);
		});
		expect(status).toBe(403);
	});

	it('bounds the request log, the delivery log and Parley issued tokens (configurable caps)', async () => {
		const small = new MockClient(await createMockServer({ port: 0, webhookRetry: { attempts: 1 }, limits: { requestLog: 5, deliveryLog: 3, issuedTokens: 4 } }));
		try {
			const { parley: p } = (await small.json('GET', '/__control/credentials')).body;
			for (let i = 0; i < 8; i++) {
				await fetch(`${p.credential.accessTokenUrl}?grant_type=client_credentials`, {
					method: 'POST',
					headers: { 'content-type': 'application/x-www-form-urlencoded' },
					body: new URLSearchParams({ client_id: p.credential.clientId, client_secret: p.credential.clientSecret }),
				});
			}
			expect((await small.state('parley')).issuedTokens).toBeLessThanOrEqual(4);
			expect(await small.requests()).toHaveLength(5);
			await small.json('PUT', '/__control/wabbit/rule-engine', { url: 'http://127.0.0.1:9/hook' });
			for (let i = 0; i < 6; i++) await small.simulate('wabbit', 'message', {});
			expect((await small.json('GET', '/__control/deliveries?wait=1')).body.length).toBeLessThanOrEqual(3);
		} finally {
			await small.close();
		}
	});

	it('composes faults: latency and status on one route both apply; a body fault plays a verbatim answer', async () => {
		await mock.fault({ provider: 'spotler', path: '/keys/current', latencyMs: 200 });
		await mock.fault({ provider: 'spotler', path: '/keys/current', status: 503, count: 1 });
		const started = Date.now();
		const first = await mock.json('GET', '/spotler/keys/current', undefined, spotler());
		expect(first.status).toBe(503);
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);
		expect((await mock.json('GET', '/spotler/keys/current', undefined, spotler())).status).toBe(200);

		await mock.json('DELETE', '/__control/faults');
		const body = { as: 'printed', data: {} };
		const fault = await mock.json('POST', '/__control/faults', { provider: 'wabbit', method: 'GET', path: '/api/v1/tags/', status: 200, body, count: 1 });
		expect(fault.status).toBe(201);
		const played = await mock.json('GET', '/wabbit/api/v1/tags/', undefined, wabbit());
		expect(played).toMatchObject({ status: 200, body });
		expect((await mock.json('GET', '/wabbit/api/v1/tags/', undefined, wabbit())).body).toHaveProperty('results');
		expect((await mock.json('POST', '/__control/faults', { body: {} })).status).toBe(201);
		expect((await mock.json('POST', '/__control/faults', { status: 200, body: undefined, latencyMs: -1 })).status).toBe(400);
	});
});

/** Raw HTTP, so the Host header goes out as written (fetch sets its own). */
function rawRequest(url: string, method: string, path: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
	const { hostname, port } = new URL(url);
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, method, path, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('error', reject);
		req.end();
	});
}
