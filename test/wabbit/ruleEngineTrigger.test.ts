import { TriggerHarness, type ActiveTrigger } from '../harness';
import { byId, wabbitWorld } from './world';

describe("Wabbit Rule Engine Trigger (a workflow as the inbox's custom Rule Engine)", () => {
	const t = wabbitWorld();
	let harness: TriggerHarness;

	beforeAll(async () => {
		harness = new TriggerHarness(t.engine);
		await harness.start();
	});
	afterAll(async () => {
		await harness.stop();
	});

	const HEADER = { name: 'X-Rule-Engine-Key', value: 'rule-engine-secret-0123456789' };
	const ruleEngine = (answer: Record<string, unknown>, events = ['incoming_messages', 'message_tagging', 'chat_tagging']) =>
		harness.activate(
			{ type: 'wabbitRuleEngineTrigger', parameters: { events, headerName: HEADER.name, headerValue: HEADER.value } },
			{ nodes: [{ type: 'wabbit', name: 'Answer', parameters: { resource: 'ruleEngine', operation: 'buildAnswer', ...answer } }] },
		);
	/** The Hub Admin Panel's "Switch to Custom Rule Engine" form, on the mock's control API. */
	const configure = async (active: ActiveTrigger, headerValue = HEADER.value) => {
		const { status } = await t.mock.json('PUT', '/__control/wabbit/rule-engine', { url: active.webhookUrl, headers: { [HEADER.name]: headerValue } });
		expect(status).toBe(200);
	};

	it("assigns each new chat to the bot the workflow picks, and the bot's webhook gets assigned_messages", async () => {
		const bot = await t.engineWithToken(t.credentials.tokens.app);
		const botHarness = new TriggerHarness(bot);
		await botHarness.start();
		try {
			const botTrigger = await botHarness.activate({ type: 'wabbitTrigger', parameters: { events: ['assigned_messages'], simplify: false } });
			const active = await ruleEngine({ assignTo: 'user', user: byId(t.samples.botUserId) });
			await configure(active);

			const sim = await t.mock.simulate('wabbit', 'message', { wa_id: '48777000111', name: 'New Customer', text: 'Hi!' });
			expect(sim.ruleEngine).toEqual({ state: 'delivered', response: { assignment: [{ message_id: sim.id, user: t.samples.botUserId }] } });
			const [run] = await active.waitForRuns(1);
			expect(run.outputOf('Wabbit Rule Engine Trigger')[0].json).toMatchObject({ event: 'incoming_messages', message_id: sim.id, chat_id: '48777000111' });

			const state = await t.mock.state('wabbit');
			expect(state.assignments['48777000111']).toEqual({ user: t.samples.botUserId, group: null });
			expect(state.ruleEngineLog).toEqual([
				{ kind: 'incoming_messages', answer: { assignment: [{ message_id: sim.id, user: 4 }] }, applied: [{ wa_id: '48777000111', user: 4, group: null }], rejected: [] },
			]);
			expect(state.assignmentEvents.at(-1)).toMatchObject({ wa_id: '48777000111', assigned_to_user_set: { id: 4 }, done_by: null });

			const [botRun] = await botTrigger.waitForRuns(1);
			expect(botRun.outputOf('Wabbit Trigger')[0].json).toMatchObject({ event: 'assigned_messages', id: sim.id, waba_payload: { from: '48777000111' } });
			// The bot may now write to the chat it was given.
			const reply = await t.run('message', 'send', { chat: byId('48777000111'), messageType: 'text', text: 'Hello! How may I help you?' }, { engine: bot });
			expect(reply.status).toBe('success');
			await botTrigger.deactivate();
		} finally {
			await botHarness.stop();
		}
	});

	it('hands a tagged message to a group: round robin picks a member, let_group_decide assigns only the group', async () => {
		const { agentsGroupId, inboundMessageId, waId, waIdOutsideWindow } = t.samples;
		const roundRobin = await ruleEngine({ assignTo: 'group', group: byId(agentsGroupId), groupAssignMethod: 'round_robin' }, ['message_tagging']);
		await configure(roundRobin);
		await t.run('messageTagging', 'create', { messageId: inboundMessageId, tag: byId(1) });
		const [run] = await roundRobin.waitForRuns(1);
		expect(run.outputOf('Wabbit Rule Engine Trigger')[0].json).toMatchObject({ event: 'message_tagging', message_id: inboundMessageId, chat_id: waId, tag: { name: 'Agent needed' } });
		await t.mock.server.webhooks.idle();
		let state = await t.mock.state('wabbit');
		expect(state.assignments[waId]).toEqual({ user: 2, group: agentsGroupId });

		const letDecide = await ruleEngine({ assignTo: 'group', group: byId(agentsGroupId), groupAssignMethod: 'let_group_decide' }, ['chat_tagging']);
		await configure(letDecide);
		await t.run('chatTagging', 'create', { chat: byId(waIdOutsideWindow), tag: byId(1) });
		const [chatRun] = await letDecide.waitForRuns(1);
		expect(chatRun.outputOf('Answer')[0].json).toEqual({ assignment: [{ chat_id: waIdOutsideWindow, group: agentsGroupId, group_assign_method: 'let_group_decide' }] });
		await t.mock.server.webhooks.idle();
		state = await t.mock.state('wabbit');
		expect(state.assignments[waIdOutsideWindow]).toEqual({ user: null, group: agentsGroupId });
	});

	it('answers "no assignment" without running the workflow for events it does not handle', async () => {
		const active = await ruleEngine({ assignTo: 'user', user: byId(4) }, ['message_tagging']);
		await configure(active);
		const sim = await t.mock.simulate('wabbit', 'message', { wa_id: '48777000222', text: 'Hi' });
		expect(sim.ruleEngine.response).toEqual({ assignment: [] });
		expect(active.runs).toHaveLength(0);
		expect((await t.mock.state('wabbit')).assignments['48777000222']).toBeUndefined();
	});

	it('refuses calls without the configured header (401): the mock assigns nothing', async () => {
		const active = await ruleEngine({ assignTo: 'user', user: byId(4) });
		await configure(active, 'wrong-value');
		const sim = await t.mock.simulate('wabbit', 'message', { wa_id: '48777000333', text: 'Hi' });
		expect(sim.ruleEngine.state).toBe('failed');
		expect(active.runs).toHaveLength(0);
		expect(active.responses.length).toBeGreaterThan(0);
		expect(active.responses.every((r) => r.status === 401)).toBe(true);
		const state = await t.mock.state('wabbit');
		expect(state.assignments['48777000333']).toBeUndefined();
		expect(state.ruleEngineLog[0].rejected).toEqual(['the Rule Engine did not answer 2xx; nothing assigned']);
	});

	it('is secure by default: a new node (version 2) cannot be activated without a header value, and refuses calls without it', async () => {
		expect(t.engine.nodeType('wabbitRuleEngineTrigger').description.defaultVersion).toBe(2);
		const spec = { type: 'wabbitRuleEngineTrigger', parameters: { events: ['incoming_messages'], headerName: HEADER.name, headerValue: '' } };
		await expect(harness.activate(spec)).rejects.toThrow('Set a Header Value before activating');
		// Even if activation were bypassed, an empty value accepts nothing.
		const unguarded = await harness.activate(spec, {}, { register: false });
		const call = { incoming_messages: [{ id: 'm1', customer_wa_id: '48123123123' }] };
		const response = await fetch(unguarded.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call) });
		expect(response.status).toBe(401);
		expect(unguarded.responses).toContainEqual({ status: 401, body: { error: 'Unauthorized: missing or wrong x-rule-engine-key header' } });
		expect(unguarded.runs).toHaveLength(0);
	});

	it('version 1 (saved workflows) with an empty header value accepts calls without the header, as before', async () => {
		const active = await harness.activate(
			{ type: 'wabbitRuleEngineTrigger', typeVersion: 1, parameters: { events: ['incoming_messages'], headerName: HEADER.name, headerValue: '' } },
			{ nodes: [{ type: 'wabbit', name: 'Answer', parameters: { resource: 'ruleEngine', operation: 'buildAnswer', assignTo: 'user', user: byId(4) } }] },
		);
		const response = await fetch(active.webhookUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ incoming_messages: [{ id: 'm1', customer_wa_id: '48123123123' }] }),
		});
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ assignment: [{ message_id: 'm1', user: 4 }] });
	});

	it('a call in none of the documented forms runs the workflow as event "unknown" with its raw body (not a silent "no assignment")', async () => {
		const active = await harness.activate({ type: 'wabbitRuleEngineTrigger', parameters: { events: ['incoming_messages'], headerName: HEADER.name, headerValue: HEADER.value } });
		const raw = '{"new_chats":[{"wa_id":"48123123123"}]}';
		const response = await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', [HEADER.name]: HEADER.value }, body: raw });
		expect(response.status).toBe(200);
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Wabbit Rule Engine Trigger').map((i) => i.json)).toEqual([{ event: 'unknown', body: JSON.parse(raw), rawBody: raw }]);
	});

	it('takes the doc\'s raw WABA form of a new message ({"contacts", "messages"}) too', async () => {
		const active = await ruleEngine({ assignTo: 'user', user: byId(4) });
		const response = await fetch(active.webhookUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json', [HEADER.name]: HEADER.value },
			body: JSON.stringify({
				contacts: [{ wa_id: '48123123123', profile: { name: 'Tester' } }],
				messages: [{ from: '48123123123', id: 'd9d2244d-3f31-4229-a7e0-ec38ebcc60bd', type: 'text', text: { body: 'Hello' } }],
			}),
		});
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ assignment: [{ message_id: 'd9d2244d-3f31-4229-a7e0-ec38ebcc60bd', user: 4 }] });
	});

	it('Build Answer fails an item with neither message nor chat, naming the item', async () => {
		const result = await t.run('ruleEngine', 'buildAnswer', { messageId: '', chatId: '', assignTo: 'user', user: byId(4) }, { items: [{ json: {} }] });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Message ID" and "Chat" are both empty (item 0)');
	});
});
