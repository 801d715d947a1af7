import { Engine, startMock, type MockClient } from '../harness';

describe('shared behaviour: 429/503 retries through the engine', () => {
	let mock: MockClient;
	let engine: Engine;
	let samples: { channelJid: string; contactJid: string };

	beforeAll(async () => {
		mock = await startMock();
		const creds = await mock.credentials('spotler');
		samples = creds.samples;
		engine = await Engine.create({ credentials: { spotlerApi: creds.credential } });
	});
	afterAll(() => mock.close());
	beforeEach(() => mock.server.reset());

	const sendText = (text: string) =>
		engine.runNode({
			type: 'spotler',
			parameters: { resource: 'message', operation: 'send', channel: { mode: 'id', value: samples.channelJid }, contact: samples.contactJid, messageType: 'text', text },
		});

	it('retries 429 and 503 (honouring Retry-After) and sends the message exactly once', async () => {
		await mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/*', status: 429, retryAfter: 1, count: 1 });
		await mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/*', status: 503, retryAfter: 0, count: 1 });
		const started = Date.now();
		const result = await sendText('retried');
		expect(result.status).toBe('success');
		// Retry-After: 1 was waited for (a correctness check on the wait, not a speed check).
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		const posts = await mock.requests({ provider: 'spotler', method: 'POST' });
		expect(posts.map((r) => r.status)).toEqual([429, 503, 201]);
		const conversation = (await mock.state('spotler')).conversations.find((c: any) => c.contactJid === samples.contactJid);
		expect(conversation.messages.filter((m: any) => m.message.body === 'retried')).toHaveLength(1);
	});

	it('gives up after three retries with a message that says so', async () => {
		await mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/*', status: 429, retryAfter: 0, count: 10 });
		const result = await sendText('never');
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('429');
		expect(result.error?.description).toContain('after 3 retries');
		expect(await mock.requests({ provider: 'spotler', method: 'POST' })).toHaveLength(4);
	});

	it('does not retry a 500 after a POST (it may have been processed)', async () => {
		await mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/*', status: 500, count: 1 });
		const result = await sendText('once');
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('500');
		expect(await mock.requests({ provider: 'spotler', method: 'POST' })).toHaveLength(1);
	});

	it('fails an item whose provider hangs past the node timeout instead of hanging the workflow', async () => {
		await mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/*', latencyMs: 5_000, count: 1 });
		const result = await engine.runNode({
			type: 'spotler',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: { mode: 'id', value: samples.channelJid },
				contact: samples.contactJid,
				messageType: 'text',
				text: 'slow',
				requestOptions: { timeout: 300 },
			},
		});
		expect(result.status).toBe('error');
		expect(`${result.error?.message} ${result.error?.description ?? ''}`).toMatch(/timeout|timed out|ECONNABORTED/i);
	});
});
