import { HookContext } from 'n8n-core';
import type { IWebhookData } from 'n8n-workflow';

import { TriggerHarness, type ActiveTrigger } from '../harness';
import { byId, wabbitWorld } from './world';

describe("Wabbit Trigger (the user's WABA webhook, registered through the API on the mock)", () => {
	const t = wabbitWorld();
	let harness: TriggerHarness;

	beforeAll(async () => {
		harness = new TriggerHarness(t.engine);
		await harness.start();
	});
	afterAll(async () => {
		await harness.stop();
	});

	// These tests assert Wabbit's own items: Simplify (on by default) is turned off.
	const trigger = (events: string[]) => ({ type: 'wabbitTrigger', parameters: { events, simplify: false } });
	/** The secret in the URL the trigger registered with Wabbit (what Wabbit sends back as ?auth=). */
	const registeredSecret = async () => String(new URL((await hooksOnMock())[0].url).searchParams.get('auth'));
	const hooksOnMock = async () => (await t.mock.state('wabbit')).webhooks as Array<{ id: number; userId: number; url: string }>;

	it("creates the user's webhook with a secret on activation and deletes it on deactivation", async () => {
		const active = await harness.activate(trigger(['incoming_messages']));
		const hooks = await hooksOnMock();
		expect(hooks).toHaveLength(1);
		const secret = await registeredSecret();
		// Derived from the credential's secret and the node's webhook id, not kept in static data (queue mode).
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		expect(active.staticData().secret).toBeUndefined();
		expect(hooks[0]).toEqual({ id: 1, userId: 1, url: `${active.webhookUrl}?auth=${secret}` });
		await active.deactivate();
		expect(await hooksOnMock()).toEqual([]);
		expect(active.staticData().webhookId).toBeUndefined();
	});

	it("checkExists is true only while the user's webhook still points at the trigger with its secret", async () => {
		const active = await harness.activate(trigger(['incoming_messages']));
		const type = t.engine.nodeType('wabbitTrigger');
		const description = (active as ActiveTrigger & { description: IWebhookData }).description;
		const checkExists = () =>
			type.webhookMethods!.default!.checkExists.call(new HookContext(active.workflow, active.node, t.engine.additionalData([], active.workflow), 'trigger', 'activate', description));
		expect(await checkExists()).toBe(true);
		// Someone pointed the user's webhook elsewhere (e.g. in the Admin Panel).
		await t.run('webhook', 'update', { webhookId: 1, url: 'https://elsewhere.example.com/' });
		expect(await checkExists()).toBe(false);
		await active.deactivate();
	});

	it('takes over the user\'s existing webhook instead of failing on "one per user"', async () => {
		await t.run('webhook', 'create', { url: 'https://old.example.com/hook' });
		const first = await harness.activate({ ...trigger(['incoming_messages']), webhookId: 'fixed-id' });
		let hooks = await hooksOnMock();
		expect(hooks).toHaveLength(1);
		expect(hooks[0].id).toBe(1);
		expect(hooks[0].url.startsWith(first.webhookUrl)).toBe(true);
		// Activating the same node again finds the webhook already pointing here with its secret: nothing to write.
		const again = await harness.activate({ ...trigger(['incoming_messages']), webhookId: 'fixed-id' });
		hooks = await hooksOnMock();
		expect(hooks).toEqual([{ id: 1, userId: 1, url: `${first.webhookUrl}?auth=${await registeredSecret()}` }]);
		const writes = (await t.apiRequests({ path: '/api/v1/webhooks/waba/' })).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path} ${r.status}`);
		expect(writes).toEqual(['POST /api/v1/webhooks/waba/ 201', 'PUT /api/v1/webhooks/waba/1/ 200']);
		await again.deactivate();
		expect(await hooksOnMock()).toEqual([]);
	});

	it('an incoming message runs the workflow (one item per message), the next node replies, and the 200 marks it received', async () => {
		const active = await harness.activate(trigger(['incoming_messages']), {
			nodes: [
				{
					type: 'wabbit',
					name: 'Reply',
					parameters: {
						resource: 'message',
						operation: 'send',
						chat: { mode: 'id', value: '={{ $json.customer_wa_id }}' },
						messageType: 'text',
						text: '=You said: {{ $json.waba_payload.text.body }}',
					},
				},
			],
		});
		const sim = await t.mock.simulate('wabbit', 'message', { wa_id: t.samples.waId, text: 'Where is my parcel?' });
		expect(sim.deliveries[0].state).toBe('delivered');
		const [run] = await active.waitForRuns(1);
		expect(run.status).toBe('success');
		const triggered = run.outputOf('Wabbit Trigger');
		expect(triggered).toHaveLength(1);
		expect(triggered[0].json).toMatchObject({
			event: 'incoming_messages',
			id: sim.id,
			customer_wa_id: t.samples.waId,
			from_us: false,
			waba_payload: { type: 'text', text: { body: 'Where is my parcel?' } },
		});

		const state = await t.mock.state('wabbit');
		const last = state.messages.at(-1);
		expect(last).toMatchObject({ from_us: true, waba_payload: { text: { body: 'You said: Where is my parcel?' } } });
		expect(state.receivedIds['1']).toContain(sim.id);
		await active.deactivate();
	});

	it('statuses, outgoing messages, chat assignment, assigned messages and taggings each become items', async () => {
		const active = await harness.activate(trigger(['statuses', 'outgoing_messages', 'chat_assignment', 'assigned_messages', 'message_tagging', 'chat_tagging']));
		const { waId } = t.samples;

		const sent = await t.run('message', 'send', { chat: byId(waId), messageType: 'text', text: 'Hello from the API' });
		const messageId = (sent.items[0].json.waba_response as { messages: Array<{ id: string }> }).messages[0].id;
		let runs = await active.waitForRuns(1);
		expect(runs[0].outputOf('Wabbit Trigger').map((i) => i.json)).toEqual([expect.objectContaining({ event: 'outgoing_messages', id: messageId })]);

		await t.mock.simulate('wabbit', 'status', { message_id: messageId, status: 'read' });
		runs = await active.waitForRuns(2);
		expect(runs[1].outputOf('Wabbit Trigger')[0].json).toMatchObject({ event: 'statuses', id: messageId, status: 'read', recipient_id: waId });

		// Assigning the chat to the trigger's own user: chat_assignment plus the chat's messages as assigned_messages.
		await t.run('chat', 'updateAssignment', { chat: byId(waId), userChange: 'set', assignedUser: byId(1) });
		runs = await active.waitForRuns(3);
		const assignment = runs[2].outputOf('Wabbit Trigger').map((i) => i.json);
		expect(assignment[0]).toMatchObject({ event: 'chat_assignment', wa_id: waId, assigned_to_user_set: { id: 1 }, done_by: { id: 1 } });
		expect(assignment.slice(1).every((i) => i.event === 'assigned_messages' && i.customer_wa_id === waId)).toBe(true);
		expect(assignment.length).toBeGreaterThan(1);

		await t.run('messageTagging', 'create', { messageId: t.samples.inboundMessageId, tag: byId(1) });
		// One run per tagging event; wait for them one by one (the harness wakes a waiter once).
		await active.waitForRuns(4);
		runs = await active.waitForRuns(5);
		const taggings = runs.slice(3).map((r) => r.outputOf('Wabbit Trigger')[0].json);
		expect(taggings).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ event: 'message_tagging', action: 'added', message: t.samples.inboundMessageId }),
				expect.objectContaining({ event: 'chat_tagging', action: 'added', chat: waId }),
			]),
		);
		await active.deactivate();
	});

	it("assigned messages reach only the assigned user's webhook", async () => {
		const anna = await t.engineWithToken(t.credentials.tokens.user);
		const annaHarness = new TriggerHarness(anna);
		await annaHarness.start();
		try {
			const annaTrigger = await annaHarness.activate(trigger(['assigned_messages']));
			const adminTrigger = await harness.activate(trigger(['assigned_messages']));
			expect((await hooksOnMock()).map((h) => h.userId).sort()).toEqual([1, 2]);
			const sim = await t.mock.simulate('wabbit', 'message', { wa_id: t.samples.waIdAssignedToAnna, text: 'Anna, are you there?' });
			const [run] = await annaTrigger.waitForRuns(1);
			expect(run.outputOf('Wabbit Trigger')[0].json).toMatchObject({ event: 'assigned_messages', id: sim.id });
			expect(adminTrigger.runs).toHaveLength(0);
			expect(adminTrigger.responses).toContainEqual({ status: 200, body: { status: 'ignored' } });
			await annaTrigger.deactivate();
			await adminTrigger.deactivate();
		} finally {
			await annaHarness.stop();
		}
	});

	it('a delivery with none of the documented members comes out as event "unknown" with its raw body, and never with the URL\'s secret', async () => {
		const active = await harness.activate(trigger(['statuses']));
		const secret = await registeredSecret();
		const raw = '{"reactions":[{"message_id":"x","emoji":"+1"}]}';
		const response = await fetch(`${active.webhookUrl}?auth=${secret}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
		expect(response.status).toBe(200);
		const [run] = await active.waitForRuns(1);
		const items = run.outputOf('Wabbit Trigger').map((i) => i.json);
		expect(items).toEqual([{ event: 'unknown', body: JSON.parse(raw), rawBody: raw }]);
		expect(JSON.stringify(items)).not.toContain(secret);
		await active.deactivate();
	});

	it('reads the raw WABA call the document prints ({contacts, messages, statuses}): messages become incoming messages paired with their contact by wa_id', async () => {
		const active = await harness.activate({ type: 'wabbitTrigger', parameters: { events: ['incoming_messages', 'statuses'], simplify: true } });
		const secret = await registeredSecret();
		// Contacts deliberately in the opposite order of the messages: pairing must be by wa_id.
		const body = {
			contacts: [
				{ profile: { name: 'Bea' }, wa_id: '48200000002' },
				{ profile: { name: 'Ada' }, wa_id: '48200000001' },
			],
			messages: [
				{ from: '48200000001', id: 'wamid.A', timestamp: '1700000000', type: 'text', text: { body: 'first' } },
				{ from: '48200000002', id: 'wamid.B', timestamp: '1700000001', type: 'text', text: { body: 'second' } },
			],
			statuses: [{ id: 'wamid.C', recipient_id: '48200000003', status: 'read', timestamp: '1700000002' }],
		};
		const response = await fetch(`${active.webhookUrl}?auth=${secret}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		expect(response.status).toBe(200);
		const [run] = await active.waitForRuns(1);
		const items = run.outputOf('Wabbit Trigger').map((i) => i.json as Record<string, any>);
		expect(items.map((i) => [i.event, i.direction, i.messageId, i.text, i.contact?.name ?? null])).toEqual([
			[null, 'inbound', 'wamid.A', 'first', 'Ada'],
			[null, 'inbound', 'wamid.B', 'second', 'Bea'],
			['statuses', 'outbound', 'wamid.C', null, null],
		]);
		await active.deactivate();
	});

	it('a process that never saw the activation (queue mode: a webhook processor) accepts the registered secret, and one kept by an earlier version still works', async () => {
		const active = await harness.activate(trigger(['incoming_messages']));
		const secret = await registeredSecret();
		const data = active.staticData();
		for (const key of Object.keys(data)) delete data[key];
		const body = { incoming_messages: [{ id: 'm1', customer_wa_id: '48200000001', from_us: false, waba_payload: { from: '48200000001', id: 'm1', type: 'text', text: { body: 'hi' } } }] };
		const post = (auth: string) => fetch(`${active.webhookUrl}?auth=${auth}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		expect((await post(secret)).status).toBe(200);
		await active.waitForRuns(1);
		// A webhook registered before the secret was derived carries the random one saved in static data.
		data.secret = 'l'.repeat(40);
		expect((await post('l'.repeat(40))).status).toBe(200);
		await active.waitForRuns(2);
		expect((await post('wrong')).status).toBe(401);
		await active.deactivate();
	});

	it("the secret can only travel in the URL (a WABA Webhook has no headers), so a failed registration's error leaves the URL out", async () => {
		await t.mock.fault({ provider: 'wabbit', method: 'POST', path: '/api/v1/webhooks/waba/', status: 400, body: { url: ['Enter a valid URL.'] }, count: 1 });
		const error = await harness.activate(trigger(['incoming_messages'])).then(
			() => undefined,
			(e: unknown) => e as Error & { cause?: unknown; httpCode?: string },
		);
		expect(error?.httpCode).toBe('400');
		// n8n logs activation errors: the request (whose body is the URL with ?auth=) must not be in it.
		const logged = JSON.stringify({ ...error, message: error?.message, cause: error?.cause });
		expect(logged).toContain('Enter a valid URL.');
		expect(logged).not.toContain('auth=');
	});

	it('refuses deliveries without the secret (401) and ignores events it did not pick', async () => {
		const active = await harness.activate(trigger(['statuses']));
		const body = { incoming_messages: [{ id: 'x' }] };
		for (const url of [active.webhookUrl, `${active.webhookUrl}?auth=wrong`]) {
			const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
			expect(response.status).toBe(401);
		}
		await t.mock.simulate('wabbit', 'message', { text: 'not subscribed' });
		expect(active.runs).toHaveLength(0);
		expect(active.responses).toContainEqual({ status: 200, body: { status: 'ignored' } });
		await active.deactivate();
	});
});
