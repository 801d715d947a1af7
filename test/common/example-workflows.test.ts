import type { IConnections, INodeParameters } from 'n8n-workflow';
import { resolve } from 'node:path';

import { Engine, eventually, nodeSpecs, pollingTrigger, readWorkflow, startMock, TriggerHarness, type MockClient, type NodeSpec, type WorkflowJson } from '../harness';
import { exampleNodeTypes } from '../examples/helpers';

const example = (slug: string) => readWorkflow(resolve(__dirname, '../../examples', `omnichannel-${slug}-trigger-reply.json`));
const REPLY_TEXT = (text: string) => `Thanks for your message! You wrote: "${text}". An agent will get back to you shortly.`;

/**
 * examples/omnichannel-<provider>-trigger-reply.json: the provider's trigger (Simplify on) → If
 * (a customer text?) → Omnichannel Reply, run against the mock; the reply must land in the
 * conversation the message came from.
 */
describe('example workflows: any trigger → If → Omnichannel Reply', () => {
	let mock: MockClient;
	let engine: Engine;
	let harness: TriggerHarness;
	let samples: Record<string, any>;

	beforeAll(async () => {
		mock = await startMock();
		const [s, p, m, s25, w] = await Promise.all([mock.credentials('spotler'), mock.credentials('parley'), mock.credentials('mehery'), mock.credentials('social25'), mock.credentials('wabbit')]);
		samples = { spotler: s.samples, parley: p.samples, mehery: m.samples, social25: s25.samples, wabbit: w.samples };
		engine = await Engine.create({
			credentials: { spotlerApi: s.credential, parleyOAuth2Api: p.credential, meheryApi: m.credential, social25Api: s25.credential, wabbitApi: w.credential },
			extraNodeTypes: exampleNodeTypes(),
		});
		harness = new TriggerHarness(engine);
		await harness.start();
	});
	afterAll(async () => {
		await harness.stop();
		await mock.close();
	});
	beforeEach(() => mock.server.reset());

	/** The workflow's trigger and the nodes after it, as harness specs. */
	function parts(workflow: WorkflowJson, trigger: string, parameters: Record<string, unknown> = {}) {
		const specs = nodeSpecs(workflow);
		const triggerSpec = specs.find((s) => s.name === trigger)!;
		const downstream = specs.filter((s) => s.name !== trigger);
		return { trigger: { ...triggerSpec, parameters: { ...triggerSpec.parameters, ...parameters } as INodeParameters }, downstream, connections: workflow.connections as IConnections };
	}

	it("the If and Omnichannel Reply steps are the same in every provider's example", () => {
		// Each example's sticky note explains its own trigger, so it is not one of the shared steps.
		const steps = (slug: string) =>
			example(slug)
				.nodes.filter((n) => !n.type.endsWith('Trigger') && n.type !== 'n8n-nodes-base.stickyNote')
				.map(({ credentials: _c, ...n }) => n);
		expect(steps('parley')).toEqual(steps('spotler'));
		expect(steps('mehery')).toEqual(steps('spotler'));
		expect(steps('social25')).toEqual(steps('spotler'));
		expect(steps('wabbit')).toEqual(steps('spotler'));
	});

	it('Spotler: a customer text is answered in its conversation; an image is not (If)', async () => {
		const { spotler } = samples;
		const { trigger, downstream, connections } = parts(example('spotler'), 'Spotler Trigger');
		// The example names the mock's seeded WhatsApp channel, so it runs against `npm run mock` as shipped.
		expect(trigger.parameters.channel).toEqual({ __rl: true, mode: 'list', value: spotler.channelJid, cachedResultName: 'WhatsApp' });
		const active = await harness.activate(trigger, { nodes: downstream, connections });
		await mock.simulate('spotler', 'message', { contactJid: spotler.contactJid, body: 'Where is my parcel?' });
		const [run] = await active.waitForRuns(1);
		expect(run.status).toBe('success');
		expect(run.order).toEqual(['Spotler Trigger', 'Is a Customer Text?', 'Omnichannel Reply']);
		const conversation = (await mock.state('spotler')).conversations.find((c: any) => c.channelJid === spotler.channelJid && c.contactJid === spotler.contactJid);
		const last = conversation.messages.at(-1);
		expect(last).toMatchObject({ direction: 'outbound', message: { type: 'text', body: REPLY_TEXT('Where is my parcel?') } });
		expect(run.outputOf('Omnichannel Reply')[0].json).toMatchObject({ messageId: last.id, conversationId: spotler.contactJid });

		await mock.simulate('spotler', 'message', { contactJid: spotler.contactJid, message: { type: 'image', url: 'https://cdn.example.com/p.jpg', mimeType: 'image/jpeg' } });
		const [, second] = await active.waitForRuns(2);
		expect(second.order).not.toContain('Omnichannel Reply');
		const after = (await mock.state('spotler')).conversations.find((c: any) => c.channelJid === spotler.channelJid && c.contactJid === spotler.contactJid);
		expect(after.messages.filter((m: any) => m.direction === 'outbound')).toHaveLength(conversation.messages.filter((m: any) => m.direction === 'outbound').length);
		await active.deactivate();
	});

	it('Parley: a new result is answered as a reply in its case', async () => {
		const { trigger, downstream, connections } = parts(example('parley'), 'Parley Trigger');
		const poller = pollingTrigger(engine, trigger);
		expect(await poller.poll()).toBeNull();
		const result = await mock.simulate('parley', 'result', { searchId: samples.parley.searchId, source: 'twitter', text: 'My order never arrived' });
		const items = (await poller.poll())![0];
		const nodes = [poller.node, ...downstream.map((spec: NodeSpec, i) => engine.node(spec, [200 * (i + 1), 0]))];
		const run = await engine.runWorkflow(engine.workflow(nodes, connections), 'Parley Trigger', items);
		expect(run.status).toBe('success');
		expect(run.order).toEqual(['Parley Trigger', 'Is a Customer Text?', 'Omnichannel Reply']);
		const state = await mock.state('parley');
		const replies = state.cases.find((c: any) => c.id === result.caseId).replies;
		expect(replies).toHaveLength(1);
		expect(replies[0]).toMatchObject({ resultId: result.id, message: REPLY_TEXT('My order never arrived'), connectionId: result.connectionId });
	});

	it("Mehery: a customer text is answered in the contact's session on the same channel", async () => {
		const { mehery } = samples;
		const { trigger, downstream, connections } = parts(example('mehery'), 'Mehery Trigger');
		const active = await harness.activate(trigger, { nodes: downstream, connections });
		const sim = await mock.simulate('mehery', 'message', { contactId: mehery.contactId, text: 'Where is my parcel?' });
		const [run] = await active.waitForRuns(1);
		expect(run.status).toBe('success');
		expect(run.order).toEqual(['Mehery Trigger', 'Is a Customer Text?', 'Omnichannel Reply']);
		const sent = await eventually(async () => (await mock.state('mehery')).sentMessages.find((m: any) => m.contactId === mehery.contactId));
		expect(sent).toMatchObject({ channelId: mehery.channelId, sessionId: sim.sessionId, message: { type: 'text', text: { body: REPLY_TEXT('Where is my parcel?') } } });
		await active.deactivate();
	});

	it('Social25: a customer text is answered in its conversation; an event (button press) is not (If)', async () => {
		const { social25 } = samples;
		const { trigger, downstream, connections } = parts(example('social25'), 'Social25 Trigger');
		const active = await harness.activate(trigger, { nodes: downstream, connections });
		// Social25 configures bot URLs on request; the mock's control API stands in for that.
		await mock.json('PUT', '/__control/social25/bot-urls/whatsapp', { url: active.webhookUrl });
		const conversationOf = async () => (await mock.state('social25')).conversations.find((c: any) => c.id === social25.whatsappConversationId);
		await mock.simulate('social25', 'message', { conversationId: social25.whatsappConversationId, text: 'Where is my parcel?' });
		const [run] = await active.waitForRuns(1);
		expect(run.status).toBe('success');
		expect(run.order).toEqual(['Social25 Trigger', 'Is a Customer Text?', 'Omnichannel Reply']);
		const last = (await conversationOf()).messages.at(-1);
		expect(last).toMatchObject({ outbound: true, type: 'TEXT', text: REPLY_TEXT('Where is my parcel?') });
		expect(run.outputOf('Omnichannel Reply')[0].json).toMatchObject({ messageId: last.id, conversationId: social25.whatsappConversationId });

		const repliesBefore = (await conversationOf()).messages.filter((m: any) => m.outbound).length;
		await mock.simulate('social25', 'message', { conversationId: social25.whatsappConversationId, type: 'EVENT', text: null });
		const [, second] = await active.waitForRuns(2);
		expect(second.order).not.toContain('Omnichannel Reply');
		const after = (await conversationOf()).messages;
		expect(after.filter((m: any) => m.outbound)).toHaveLength(repliesBefore);
		expect(after.at(-1)).toMatchObject({ outbound: false, type: 'EVENT' });
		await active.deactivate();
	});

	it('Wabbit: a customer text is answered in its chat', async () => {
		const { wabbit } = samples;
		const { trigger, downstream, connections } = parts(example('wabbit'), 'Wabbit Trigger');
		const active = await harness.activate(trigger, { nodes: downstream, connections });
		const sim = await mock.simulate('wabbit', 'message', { wa_id: wabbit.waId, text: 'Where is my parcel?' });
		const [run] = await active.waitForRuns(1);
		expect(run.status).toBe('success');
		expect(run.order).toEqual(['Wabbit Trigger', 'Is a Customer Text?', 'Omnichannel Reply']);
		const sent = (await mock.state('wabbit')).messages.filter((m: any) => m.from_us).at(-1);
		expect(sent).toMatchObject({ customer_wa_id: wabbit.waId, waba_payload: { to: wabbit.waId, type: 'text', text: { body: REPLY_TEXT('Where is my parcel?') } } });
		expect(run.outputOf('Omnichannel Reply')[0].json).toMatchObject({ messageId: sent.id, conversationId: wabbit.waId, raw: { waba_response: { messages: [{ id: sent.id }] } } });
		expect(run.outputOf('Wabbit Trigger')[0].json).toMatchObject({ messageId: sim.id });
		await active.deactivate();
	});
});
