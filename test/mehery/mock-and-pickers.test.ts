import { Engine, startMock, type MockClient } from '../harness';
import { listSearch, meheryCredentials, type MeheryCredential, type MeherySamples } from './helpers';

describe('Mehery pickers, retries and the mock\'s own behaviour', () => {
	let mock: MockClient;
	let engine: Engine;
	let samples: MeherySamples;
	let credential: MeheryCredential;

	beforeAll(async () => {
		mock = await startMock();
		({ samples, credential } = await meheryCredentials(mock));
		engine = await Engine.create({ credentials: { meheryApi: credential } });
	});
	afterAll(() => mock.close());
	beforeEach(() => mock.server.reset());

	const auth = () => ({ 'x-api-key': credential.apiKey });

	it('the channel picker lists live and sandbox channels, searchable', async () => {
		const all = await listSearch(engine, 'getChannels', { resource: 'message', operation: 'send' });
		expect(all.results).toEqual(expect.arrayContaining([
			{ name: `Customer Support (WHATSAPP)`, value: samples.channelId },
			{ name: `WhatsApp Sandbox (WHATSAPP, sandbox)`, value: samples.sandboxChannelId },
		]));
		const found = await listSearch(engine, 'getChannels', { resource: 'message', operation: 'send' }, 'facebook');
		expect(found.results).toEqual([{ name: 'Facebook Page (FACEBOOK)', value: samples.facebookChannelId }]);
	});

	it('the template picker offers the templates approved for the picked channel', async () => {
		const parameters = { resource: 'message', operation: 'send', messageType: 'template', channel: { __rl: true, mode: 'id', value: samples.sandboxChannelId } };
		const result = await listSearch(engine, 'getTemplates', parameters);
		expect(result.results.map((r) => r.name)).toEqual(['Order shipped (ORDER_SHIPPED, en_US)', 'Payment reminder (PAYMENT_REMINDER, en_US)']);
		const [request] = (await mock.requests({ provider: 'mehery', path: '/api/v1/config/tmpl/hsm' })).slice(-1);
		expect((request as { query?: unknown }).query).toEqual({ channelId: samples.sandboxChannelId, channelStatus: 'APPROVED' });
	});

	it('a 429 from Mehery is retried (Retry-After honoured) and the message goes out once', async () => {
		await mock.fault({ provider: 'mehery', method: 'POST', path: '/api/v1/message/send', status: 429, retryAfter: 0, count: 1 });
		const result = await engine.runNode({ type: 'mehery', parameters: { resource: 'message', operation: 'send', channel: { mode: 'id', value: samples.channelId }, recipientBy: 'contactId', recipient: samples.contactId, messageType: 'text', text: 'retry me' } });
		expect(result.status).toBe('success');
		const posts = await mock.requests({ provider: 'mehery', method: 'POST', path: '/api/v1/message/send' });
		expect(posts.map((p) => p.status)).toEqual([429, 200]);
		expect((await mock.state('mehery')).sentMessages).toHaveLength(1);
	});

	it('answers unknown routes, bad JSON and schema violations in the ApiResponse wrapper, never 500', async () => {
		const unknown = await mock.json('GET', '/mehery/api/v1/nothing', undefined, auth());
		expect(unknown.status).toBe(404);
		expect(unknown.body).toMatchObject({ status: 404, statusKey: 'NOT_FOUND', message: 'No route for GET /api/v1/nothing', errors: [] });

		const badJson = await fetch(`${mock.url}/mehery/api/v1/message/send`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth() }, body: '{"type":' });
		expect(badJson.status).toBe(400);
		expect(await badJson.json()).toMatchObject({ status: 400, statusKey: 'BAD_REQUEST' });

		const invalid = await mock.json('POST', '/mehery/api/v1/message/send', { channelId: samples.channelId, type: 'image', to: {}, image: { caption: 'no link' } }, auth());
		expect(invalid.status).toBe(400);
		expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['image.link', 'to.contactId', 'to.phone', 'to.email']));

		const noKey = await mock.json('GET', '/mehery/api/v1/config/channels');
		expect(noKey.status).toBe(401);
		expect(noKey.body.message).toBe('Invalid or missing x-api-key');
	});

	it('accepts the doc\'s own request examples (with the relaxed required flags)', async () => {
		const docMessage = {
			channelId: samples.channelId,
			type: 'text',
			mask: false,
			text: { body: 'your-text-message-content' },
			to: { contactId: samples.contactId, email: 'string', name: 'string', phone: 'string' },
			location: { address: '1 Hacker Way, Menlo Park, CA, 94025', latitude: 12.90909, longitude: 6.90808, name: 'Main Building', url: 'Location URL' },
			options: { buttons: [{ code: 'occupation', desc: 'What occupation you have', label: 'Occupation', name: 'string', phone: '+91 9988776655', type: 'QUICK_REPLY', url: 'http://url' }] },
		};
		expect((await mock.json('POST', '/mehery/api/v1/message/send', docMessage, auth())).status).toBe(200);
		const routing = { agent: 'external_bot', params: {}, queue: 'external_bot', sessionId: 'unknown-session', skills: ['dental', 'ortho'], team: 'external_bot' };
		expect((await mock.json('POST', '/mehery/api/v1/session/routing', routing, auth())).status).toBe(404);
		const event = { eventName: 'CUSTOMER_CREATED', id: 1234567, links: [{ linkName: 'string', linkType: 'string', linkValue: 'string' }] };
		expect((await mock.json('POST', '/mehery/api/v1/event/push', event, auth())).status).toBe(200);
	});
});
