import type { INodeParameters } from 'n8n-workflow';

import { TriggerHarness } from '../harness';
import { social25World } from './world';

describe("Social25 Trigger (bot webhook; the bot URL is registered through the mock's control API)", () => {
	const s = social25World();
	let harness: TriggerHarness;

	beforeAll(async () => {
		harness = new TriggerHarness(s.engine);
		await harness.start();
	});
	afterAll(async () => {
		await harness.stop();
	});

	const registerBotUrl = async (platform: string, url: string, headers?: Record<string, string>) => {
		const { status } = await s.mock.json('PUT', `/__control/social25/bot-urls/${platform}`, { url, headers });
		expect(status).toBe(200);
	};
	// These tests assert Social25's own payload: Simplify (on by default) is turned off. Version 2
	// (the default) requires a shared secret; the bot URL given to Social25 carries it.
	const SECRET = 'the-shared-secret-of-these-tests-0123456789';
	const trigger = (parameters: INodeParameters = {}) => ({ type: 'social25Trigger', parameters: { simplify: false, secret: SECRET, ...parameters } });
	const withSecret = (url: string) => `${url}?secret=${SECRET}`;
	const post = (url: string, body: unknown, headers: Record<string, string> = { 'x-social25-secret': SECRET }) =>
		fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

	it('runs the workflow for an inbound message in the documented shape; a Closed conversation reopens and the bot replies', async () => {
		const active = await harness.activate(trigger(), {
			nodes: [
				{
					type: 'social25',
					name: 'Reply',
					parameters: {
						resource: 'message',
						operation: 'sendText',
						conversationId: { __rl: true, mode: 'id', value: '={{ $json.conversation_id }}' },
						text: '=You said: {{ $json.text }}',
					},
				},
			],
		});
		await registerBotUrl('whatsapp', withSecret(active.webhookUrl));
		const sim = await s.mock.simulate('social25', 'message', { conversationId: s.samples.closedConversationId, text: 'Is my order on its way?' });
		expect(sim.delivery.state).toBe('delivered');
		expect(sim.conversation.state).toBe('OPEN');

		const [run] = await active.waitForRuns(1);
		expect(run.status).toBe('success');
		const [item] = run.outputOf('Social25 Trigger');
		expect(item.json).toMatchObject({
			id: sim.message.id,
			conversation_id: s.samples.closedConversationId,
			tenant_id: s.samples.tenantId,
			type: 'TEXT',
			status: 'RECEIVED',
			outbound: false,
			text: 'Is my order on its way?',
			platform: 'whatsapp',
			chat_user: { phone_number: expect.stringMatching(/^316\d{8}$/) },
		});
		expect(item.json.ext_identifier).toMatch(/^[0-9a-f]{40}$/);
		expect(run.outputOf('Reply')[0].json).toMatchObject({ outbound: true, text: 'You said: Is my order on its way?' });

		const conversation = (await s.mock.state('social25')).conversations.find((c: any) => c.id === s.samples.closedConversationId);
		expect(conversation.messages.map((m: any) => [m.outbound, m.text]).slice(-2)).toEqual([
			[false, 'Is my order on its way?'],
			[true, 'You said: Is my order on its way?'],
		]);
	});

	it('with a shared secret, accepts it in the query or the header and refuses deliveries without it (401, no run)', async () => {
		const secret = 'a-long-shared-secret-for-the-bot-url-0001';
		const active = await harness.activate(trigger({ secret }));

		await registerBotUrl('whatsapp', `${active.webhookUrl}?secret=${secret}`);
		const viaQuery = await s.mock.simulate('social25', 'message', { text: 'query' });
		expect(viaQuery.delivery.state).toBe('delivered');

		await registerBotUrl('whatsapp', active.webhookUrl, { 'x-social25-secret': secret });
		const viaHeader = await s.mock.simulate('social25', 'message', { text: 'header' });
		expect(viaHeader.delivery.state).toBe('delivered');

		await registerBotUrl('whatsapp', active.webhookUrl);
		const without = await s.mock.simulate('social25', 'message', { text: 'no secret' });
		expect(without.delivery.state).toBe('failed');
		expect(without.delivery.attempts[0].status).toBe(401);

		const runs = await active.waitForRuns(2);
		expect(runs.map((r) => r.outputOf('Social25 Trigger')[0].json.text)).toEqual(['query', 'header']);
		expect(active.runs).toHaveLength(2);
		// The secret never shows in the mock's delivery log.
		const deliveries = (await s.mock.json('GET', '/__control/deliveries?provider=social25')).body;
		expect(JSON.stringify(deliveries.map((d: any) => d.headers))).not.toContain(secret);
	});

	it('version 1 (saved workflows) without a secret configured accepts any delivery, as before', async () => {
		const active = await harness.activate({ ...trigger({ secret: '' }), typeVersion: 1 });
		const body = { id: 'x', conversation_id: s.samples.whatsappConversationId, type: 'TEXT', text: 'direct', platform: 'whatsapp', chat_user: { id: 'u' } };
		const response = await post(active.webhookUrl, body, {});
		expect(response.status).toBe(200);
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Social25 Trigger')[0].json).toMatchObject({ text: 'direct' });
	});

	it('is secure by default: a new node (version 2) cannot be activated without a secret, and refuses deliveries without it', async () => {
		expect(s.engine.nodeType('social25Trigger').description.defaultVersion).toBe(2);
		await expect(harness.activate(trigger({ secret: '' }))).rejects.toThrow('Set a Shared Secret before activating');

		// Even if activation were bypassed, an empty secret accepts nothing.
		const unguarded = await harness.activate(trigger({ secret: '' }), {}, { register: false });
		const body = { id: 'x', conversation_id: s.samples.whatsappConversationId, type: 'TEXT', text: 'forged', platform: 'whatsapp', chat_user: { id: 'u' } };
		expect((await post(unguarded.webhookUrl, body, {})).status).toBe(401);

		const active = await harness.activate(trigger());
		for (const url of [active.webhookUrl, `${active.webhookUrl}?secret=wrong`]) expect((await post(url, body, {})).status).toBe(401);
		expect((await post(active.webhookUrl, body, { 'x-social25-secret': 'wrong' })).status).toBe(401);
		expect((await post(withSecret(active.webhookUrl), body, {})).status).toBe(200);
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Social25 Trigger')[0].json).toMatchObject({ text: 'forged' });
		expect(active.runs).toHaveLength(1);
		expect(unguarded.runs).toHaveLength(0);
	});

	it('a delivery that is not a message (e.g. an undocumented state change) comes out as event "unknown" with its raw body, whatever the filters', async () => {
		const active = await harness.activate(trigger({ platforms: ['facebook'], messageTypes: ['TEXT'] }));
		const stateChange = { state: 'closed', conversation: { id: s.samples.whatsappConversationId } };
		const raw = JSON.stringify(stateChange);
		const response = await fetch(withSecret(active.webhookUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
		expect(response.status).toBe(200);
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Social25 Trigger').map((i) => i.json)).toEqual([{ event: 'unknown', body: stateChange, rawBody: raw }]);

		// In a batch, messages are filtered as usual and the unreadable element is passed on beside them.
		const message = { id: 'm', conversation_id: s.samples.facebookConversationId, type: 'TEXT', text: 'hello', platform: 'facebook', chat_user: { id: 'u' } };
		const filteredOut = { ...message, platform: 'whatsapp' };
		await post(active.webhookUrl, [message, filteredOut, { something: 'else' }]);
		const runs = await active.waitForRuns(2);
		expect(runs[1].outputOf('Social25 Trigger').map((i) => i.json)).toEqual([
			expect.objectContaining({ text: 'hello', platform: 'facebook' }),
			expect.objectContaining({ event: 'unknown', body: { something: 'else' } }),
		]);
	});

	it('with Simplify on, unknown deliveries are passed on in the same "unknown" shape', async () => {
		const active = await harness.activate(trigger({ simplify: true }));
		await post(active.webhookUrl, { hello: 'world' });
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Social25 Trigger')[0].json).toEqual({ event: 'unknown', body: { hello: 'world' }, rawBody: '{"hello":"world"}' });
	});

	it('outputs one item per message when a delivery carries several', async () => {
		const active = await harness.activate(trigger({ messageTypes: ['TEXT'] }));
		const message = (text: string, type = 'TEXT') => ({ id: text, conversation_id: s.samples.whatsappConversationId, type, text, platform: 'whatsapp', chat_user: { id: 'u' } });
		const response = await post(active.webhookUrl, [message('one'), message('sticker', 'IMAGE'), message('two')]);
		expect(response.status).toBe(200);
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Social25 Trigger').map((i) => i.json.text)).toEqual(['one', 'two']);
	});

	it('filters by platform and message type', async () => {
		const active = await harness.activate(trigger({ platforms: ['facebook'], messageTypes: ['TEXT'] }));
		await registerBotUrl('whatsapp', withSecret(active.webhookUrl));
		await registerBotUrl('facebook', withSecret(active.webhookUrl));

		const fromWhatsApp = await s.mock.simulate('social25', 'message', { text: 'from whatsapp' });
		expect(fromWhatsApp.delivery.response).toEqual({ status: 'ignored' });
		const image = await s.mock.simulate('social25', 'message', { conversationId: s.samples.facebookConversationId, type: 'IMAGE', text: null });
		expect(image.delivery.response).toEqual({ status: 'ignored' });
		const text = await s.mock.simulate('social25', 'message', { conversationId: s.samples.facebookConversationId, text: 'from messenger' });
		expect(text.delivery.state).toBe('delivered');

		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Social25 Trigger')[0].json).toMatchObject({ platform: 'facebook', text: 'from messenger' });
		expect(active.runs).toHaveLength(1);
	});

	it('a simulated message without a registered bot URL is stored but posted nowhere', async () => {
		const sim = await s.mock.simulate('social25', 'message', { text: 'nobody listens' });
		expect(sim.delivery).toBeNull();
		const conversation = (await s.mock.state('social25')).conversations.find((c: any) => c.id === sim.message.conversation_id);
		expect(conversation.last_message.text).toBe('nobody listens');
	});
});
