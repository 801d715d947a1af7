import { Engine, startMock, type MockClient } from '../harness';
import { meheryCredentials, type MeherySamples } from './helpers';

describe('Mehery › Channel, Global Variable, Template, Webhook (configuration calls)', () => {
	let mock: MockClient;
	let engine: Engine;
	let samples: MeherySamples;

	beforeAll(async () => {
		mock = await startMock();
		const creds = await meheryCredentials(mock);
		samples = creds.samples;
		engine = await Engine.create({ credentials: { meheryApi: creds.credential } });
	});
	afterAll(() => mock.close());
	beforeEach(() => mock.server.reset());

	const run = (resource: string, operation: string, parameters: Record<string, unknown> = {}) =>
		engine.runNode({ type: 'mehery', parameters: { resource, operation, ...parameters } });

	it('Channel › Get Many lists live channels, sandbox ones on request, and honours Limit', async () => {
		const live = await run('channel', 'getAll', { returnAll: true });
		expect(live.status).toBe('success');
		const ids = live.items.map((i) => i.json.channelId);
		expect(ids).toContain(samples.channelId);
		expect(ids).not.toContain(samples.sandboxChannelId);
		expect(live.items[0].json).toMatchObject({ channelId: samples.channelId, contactType: 'WHATSAPP', name: 'Customer Support' });

		const withSandbox = await run('channel', 'getAll', { returnAll: true, includeSandbox: true });
		expect(withSandbox.items.map((i) => i.json.channelId)).toContain(samples.sandboxChannelId);
		const [request] = (await mock.requests({ provider: 'mehery', path: '/api/v1/config/channels' })).slice(-1);
		expect((request as { query?: unknown }).query).toMatchObject({ sabdnox: 'true', sandbox: 'true' });

		const limited = await run('channel', 'getAll', { returnAll: false, limit: 2 });
		expect(limited.items).toHaveLength(2);
	});

	it('Global Variable › Get Many returns the variables, filtered by channel', async () => {
		const all = await run('globalVariable', 'getAll', { returnAll: true });
		expect(all.items.map((i) => i.json.key)).toEqual(['SUPPORT_EMAIL', 'OFFICE_HOURS', 'WA_GREETING']);
		const facebook = await run('globalVariable', 'getAll', { returnAll: true, filters: { channel: { mode: 'id', value: samples.facebookChannelId } } });
		expect(facebook.items.map((i) => i.json.key)).toEqual(['SUPPORT_EMAIL', 'OFFICE_HOURS']);
		const [request] = (await mock.requests({ provider: 'mehery', path: '/api/v1/config/global/vars' })).slice(-1);
		expect((request as { query?: unknown }).query).toEqual({ channelId: samples.facebookChannelId });
	});

	it('Template › Get Many lists HSM templates, by channel and approval status', async () => {
		const all = await run('template', 'getAll', { returnAll: true });
		expect(all.items.map((i) => i.json.code)).toEqual(['ORDER_SHIPPED', 'FEEDBACK', 'PAYMENT_REMINDER', 'WELCOME', 'WELCOME']);
		const approved = await run('template', 'getAll', { returnAll: true, filters: { channel: { mode: 'id', value: samples.channelId }, channelStatus: 'APPROVED' } });
		expect(approved.items.map((i) => i.json.code)).toEqual(['ORDER_SHIPPED', 'FEEDBACK', 'WELCOME']);
		expect(approved.items[0].json).toMatchObject({ id: samples.templateId, lang: 'en_US', approved: expect.arrayContaining([expect.objectContaining({ channelId: samples.channelId, status: 'APPROVED' })]) });
		const pending = await run('template', 'getAll', { returnAll: true, filters: { channel: { mode: 'id', value: samples.sandboxChannelId }, channelStatus: 'PENDING' } });
		expect(pending.items.map((i) => i.json.code)).toEqual(['FEEDBACK']);
	});

	it('Webhook › Set URL stores the URL for notifications; a plain-http public URL is refused', async () => {
		const result = await run('webhook', 'setUrl', { url: 'https://hooks.example.com/mehery' });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ webhook: 'https://hooks.example.com/mehery', appHook: 'https://hooks.example.com/mehery' });
		expect((await mock.state('mehery')).account.webhookUrl).toBe('https://hooks.example.com/mehery');

		const refused = await run('webhook', 'setUrl', { url: 'http://hooks.example.com/mehery' });
		expect(refused.status).toBe('error');
		expect(refused.error?.httpCode).toBe('400');
		expect(refused.error?.message).toBe('url must be an HTTPS URL');
		expect((await mock.state('mehery')).account.webhookUrl).toBe('https://hooks.example.com/mehery');
	});
});
