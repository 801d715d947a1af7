import { createMockServer } from '../../mock-server';
import { startMock, type MockClient } from '../harness';

describe('mock server core', () => {
	let mock: MockClient;
	beforeAll(async () => {
		mock = await startMock();
	});
	afterAll(() => mock.close());
	beforeEach(() => mock.server.reset(42));

	it('serves all five providers under their slugs, each 404 in its own error format', async () => {
		const index = await mock.json('GET', '/');
		expect(index.body.providers.map((p: any) => p.slug).sort()).toEqual(['mehery', 'parley', 'social25', 'spotler', 'wabbit']);
		const spotler = await mock.json('GET', '/spotler/nothing-here', undefined, { authorization: `Bearer ${(await mock.credentials('spotler')).credential.apiKey}` });
		expect(spotler.status).toBe(404);
		expect(spotler.body).toMatchObject({ error: { code: 1009 } });
		expect(typeof spotler.body.traceId).toBe('string');
	});

	it('is deterministic for a seed and different for another', async () => {
		const first = await mock.credentials('spotler');
		mock.server.reset(42);
		expect(await mock.credentials('spotler')).toEqual(first);
		mock.server.reset(7);
		expect((await mock.credentials('spotler')).samples.channelJid).not.toBe(first.samples.channelJid);
	});

	it('reset over the control API drops state and logs', async () => {
		const { credential, samples } = await mock.credentials('spotler');
		await mock.json(
			'POST',
			`/spotler/channels/${encodeURIComponent(samples.channelJid)}/webhooks`,
			{ url: 'http://127.0.0.1:9/x', events: ['message'] },
			{ authorization: `Bearer ${credential.apiKey}` },
		);
		expect((await mock.state('spotler')).webhooks[samples.channelJid]).toHaveLength(1);
		expect((await mock.json('POST', '/__control/reset', {})).status).toBe(200);
		expect((await mock.state('spotler')).webhooks[samples.channelJid]).toHaveLength(0);
		expect(await mock.requests()).toHaveLength(0);
	});

	it('answers malformed JSON in the provider format, never 500', async () => {
		const { credential } = await mock.credentials('spotler');
		const response = await fetch(`${mock.url}/spotler/keys/current`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${credential.apiKey}` },
			body: '{"broken"',
		});
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ error: { code: 1005, message: 'The request body is not valid JSON' } });
	});

	it.each([
		['spotler', '/spotler/channels'],
		['social25', '/social25/tenants/'],
		['mehery', '/mehery/api/v1/message/send'],
		['parley', '/parley/results/1/replies'],
		['wabbit', '/wabbit/api/v1/tags/'],
	])('%s checks authentication before it reads a body: an unauthenticated body is never parsed', async (_provider, path) => {
		// Malformed on purpose: if the body were read first, the answer would be a 400 about the JSON.
		const response = await fetch(`${mock.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"broken"' });
		// Wabbit refuses a missing token with 403, as its document's DRF answers do; the others with 401.
		expect([401, 403]).toContain(response.status);
	});

	it('injects 429 with Retry-After for the next N matching requests, then lets them through', async () => {
		const { credential } = await mock.credentials('spotler');
		const auth = { authorization: `Bearer ${credential.apiKey}` };
		const fault = await mock.fault({ provider: 'spotler', method: 'GET', path: '/keys/*', status: 429, retryAfter: 3, count: 2 });
		expect(fault.id).toBeDefined();
		const first = await mock.json('GET', '/spotler/keys/current', undefined, auth);
		const second = await mock.json('GET', '/spotler/keys/current', undefined, auth);
		const third = await mock.json('GET', '/spotler/keys/current', undefined, auth);
		expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
		expect(first.headers.get('retry-after')).toBe('3');
		expect(first.body).toMatchObject({ error: { code: 1003 } });
		const logged = await mock.requests({ provider: 'spotler' });
		expect(logged.map((r) => Boolean(r.fault))).toEqual([true, true, false]);
	});

	it('injects latency and ratio faults', async () => {
		const { credential } = await mock.credentials('spotler');
		await mock.fault({ provider: 'spotler', path: '/keys/current', latencyMs: 150 });
		const started = Date.now();
		const slow = await mock.json('GET', '/spotler/keys/current', undefined, { authorization: `Bearer ${credential.apiKey}` });
		expect(slow.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
		await mock.json('DELETE', '/__control/faults');
		await mock.fault({ provider: 'spotler', path: '/keys/current', status: 503, ratio: 0.5 });
		const statuses: number[] = [];
		for (let i = 0; i < 40; i++) statuses.push((await mock.json('GET', '/spotler/keys/current', undefined, { authorization: `Bearer ${credential.apiKey}` })).status);
		expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(5);
		expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(5);
	});

	it('rejects bad fault specs and unknown control routes with 4xx', async () => {
		expect((await mock.json('POST', '/__control/faults', { status: 42 })).status).toBe(400);
		expect((await mock.json('POST', '/__control/faults', { provider: 'nope', status: 500 })).status).toBe(400);
		expect((await mock.json('POST', '/__control/faults', { path: '/x' })).status).toBe(400);
		// A Location header may not carry a line break (it would split the answer's headers).
		expect((await mock.json('POST', '/__control/faults', { status: 301, location: '/a\r\nSet-Cookie: x=1' })).status).toBe(400);
		expect((await mock.json('POST', '/__control/faults', { status: 301, location: 7 })).status).toBe(400);
		expect((await mock.json('GET', '/__control/nope/state')).status).toBe(404);
		expect((await mock.json('POST', '/__control/spotler/simulate/unknown-kind', {})).status).toBe(404);
	});

	it('retries webhook deliveries with backoff and logs every attempt', async () => {
		const { credential, samples } = await mock.credentials('spotler');
		// A receiver that fails twice, then accepts.
		let calls = 0;
		const http = await import('node:http');
		const receiver = http.createServer((_req, res) => {
			calls++;
			res.statusCode = calls < 3 ? 500 : 200;
			res.end('{}');
		});
		await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
		const port = (receiver.address() as { port: number }).port;
		await mock.json(
			'POST',
			`/spotler/channels/${encodeURIComponent(samples.channelJid)}/webhooks`,
			{ url: `http://127.0.0.1:${port}/hook`, events: ['message'] },
			{ authorization: `Bearer ${credential.apiKey}` },
		);
		const sim = await mock.simulate('spotler', 'message', { body: 'hello' });
		expect(sim.deliveries[0].state).toBe('delivered');
		expect(sim.deliveries[0].attempts.map((a: any) => a.status)).toEqual([500, 500, 200]);
		const log = (await mock.json('GET', '/__control/deliveries?provider=spotler')).body;
		expect(log).toHaveLength(1);
		receiver.close();
	});

	it('logs a body as it was sent, whatever happens to the parsed object later, and keeps the newest entries past the cap', async () => {
		const { credential, samples } = await mock.credentials('spotler');
		const contactJid = `log-1@${samples.webchatChannelJid.split('@')[1]}`;
		const path = `/spotler/channels/${encodeURIComponent(samples.webchatChannelJid)}/messages/${encodeURIComponent(contactJid)}`;
		const sent = await mock.json('POST', path, { message: { type: 'text', body: 'as sent' } }, { authorization: `Bearer ${credential.apiKey}` });
		expect(sent.status).toBe(201);
		// The handler stored the parsed message itself; change it where it is kept.
		const stored = (mock.server.provider('spotler').state() as any).conversations.find((c: any) => c.contactJid === contactJid).messages.at(-1);
		stored.message.body = 'changed afterwards';
		const [entry] = await mock.requests({ provider: 'spotler', method: 'POST', path: '/messages/log-1' });
		expect(entry).toMatchObject({ status: 201, body: { message: { type: 'text', body: 'as sent' } } });
		expect(await mock.json('GET', '/__control/requests/count?provider=spotler&method=POST')).toMatchObject({ body: { count: 1, accepted: 1 } });

		const small = await createMockServer({ port: 0, limits: { requestLog: 3 } });
		try {
			for (let i = 0; i < 5; i++) await fetch(`${small.url}/spotler/nothing-${i}?token=t${i}`);
			expect(small.requests.list().map((e) => [e.path, e.query, e.status])).toEqual([
				['/nothing-2', { token: '[redacted]' }, 401],
				['/nothing-3', { token: '[redacted]' }, 401],
				['/nothing-4', { token: '[redacted]' }, 401],
			]);
			expect(small.requests.count()).toEqual({ count: 3, accepted: 0 });
		} finally {
			await small.close();
		}
	});

	it('keeps credential values out of the request log', async () => {
		const { credential } = await mock.credentials('spotler');
		await mock.json('GET', '/spotler/keys/current', undefined, { authorization: `Bearer ${credential.apiKey}` });
		const text = JSON.stringify(await mock.requests());
		expect(text).not.toContain(credential.apiKey);
		expect(text).toContain('[redacted]');
	});
});

describe('mock server documents', () => {
	let mock: MockClient;
	beforeAll(async () => {
		mock = await startMock();
	});
	afterAll(() => mock.close());

	it.each(['social25', 'parley', 'mehery', 'wabbit', 'spotler'])('serves an OpenAPI 3.1 document for %s built from its schemas', async (slug) => {
		const { status, body } = await mock.json('GET', `/${slug}/openapi.json`);
		expect(status).toBe(200);
		expect(body.openapi).toBe('3.1.0');
		expect(body.servers[0].url).toBe(`${mock.url}/${slug}`);
		const refs = JSON.stringify(body).match(/"\$ref":"[^"]+"/g) ?? [];
		for (const ref of refs) {
			const name = ref.replace(/.*#\/components\/schemas\//, '').replace(/"$/, '');
			expect(body.components.schemas[name]).toBeDefined();
		}
	});

	it('lists Spotler routes with their bodies and schemas', async () => {
		const { body } = await mock.json('GET', '/spotler/openapi.json');
		expect(body.paths['/channels/{channelJid}/messages/{contactJid}'].post.parameters.map((p: any) => p.name)).toEqual(['channelJid', 'contactJid']);
		expect(body.components.schemas.MessageSendRequest).toBeDefined();
	});

	it('has an index page linking every provider', async () => {
		const response = await fetch(mock.url, { headers: { accept: 'text/html' } });
		const html = await response.text();
		for (const slug of ['social25', 'parley', 'mehery', 'wabbit', 'spotler']) expect(html).toContain(`/${slug}/openapi.json`);
	});
});
