import { TriggerHarness, type ActiveTrigger } from '../harness';
import { spotlerWorld } from './world';

/**
 * Each of the ten events, caused the way it happens for real (an API call through the node, or
 * the customer/platform side through the mock's control API), delivered over HTTP with the
 * registered secret, reaching a workflow as one item carrying its event type.
 */
describe('Spotler Trigger › every event type reaches a workflow', () => {
	const w = spotlerWorld();
	let harness: TriggerHarness;
	let active: ActiveTrigger | undefined;

	beforeAll(async () => {
		harness = new TriggerHarness(w.engine);
		await harness.start();
	});
	afterAll(() => harness.stop());
	afterEach(async () => {
		await active?.deactivate();
		active = undefined;
	});

	async function listen(event: string) {
		active = await harness.activate({ type: 'spotlerTrigger', parameters: { channel: w.channel(), events: [event], simplify: false } });
		return active;
	}
	async function firstItem(trigger: ActiveTrigger) {
		const [run] = await trigger.waitForRuns(1);
		expect(run.status).toBe('success');
		const items = run.outputOf('Spotler Trigger');
		expect(items).toHaveLength(1);
		return items[0].json as Record<string, any>;
	}
	const sendText = (text: string) => w.run('message', 'send', { channel: w.channel(), contact: w.samples.contactJid, messageType: 'text', text });

	it('message: a customer writes', async () => {
		const trigger = await listen('message');
		await w.mock.simulate('spotler', 'message', { message: { type: 'location', latitude: 52.1, longitude: 5.1, name: 'Home' } });
		expect(await firstItem(trigger)).toMatchObject({ event: 'message', channel: { jid: w.samples.channelJid }, contact: { jid: w.samples.contactJid }, message: { type: 'location', latitude: 52.1 } });
	});

	it('echo: the node sends a message', async () => {
		const trigger = await listen('echo');
		const sent = await sendText('On its way');
		expect(await firstItem(trigger)).toMatchObject({ event: 'echo', message: { id: sent.items[0].json.id, type: 'text', body: 'On its way' } });
	});

	it('receipt: a sent message is read', async () => {
		const trigger = await listen('receipt');
		const sent = await sendText('Did you get this?');
		await w.mock.simulate('spotler', 'receipt', { status: 'read' });
		expect(await firstItem(trigger)).toMatchObject({ event: 'receipt', contact: { jid: w.samples.contactJid }, receipt: { messageId: sent.items[0].json.id, status: 'read' } });
		const stored = (await w.state()).conversations.find((c: any) => c.contactJid === w.samples.contactJid).messages.at(-1);
		expect(stored.status).toBe('read');
	});

	it('typing: the customer is typing', async () => {
		const trigger = await listen('typing');
		await w.mock.simulate('spotler', 'typing', { state: 'composing' });
		expect(await firstItem(trigger)).toMatchObject({ event: 'typing', typing: { state: 'composing' } });
	});

	it('postback: the customer taps a button of a message the node sent', async () => {
		const trigger = await listen('postback');
		const sent = await w.run('message', 'send', {
			channel: w.channel(),
			contact: w.samples.contactJid,
			messageType: 'buttons',
			bodyText: 'Track?',
			buttons: { button: [{ title: 'Track', payload: 'track_1' }] },
		});
		await w.mock.simulate('spotler', 'postback', { payload: 'track_1', title: 'Track', messageId: sent.items[0].json.id });
		expect(await firstItem(trigger)).toMatchObject({ event: 'postback', postback: { payload: 'track_1', title: 'Track', messageId: sent.items[0].json.id } });
	});

	it('template_pack: WhatsApp approves a template the node created', async () => {
		const trigger = await listen('template_pack');
		await w.run('template', 'create', { channel: w.channel(), templateName: 'ticket', templateLanguage: 'en', category: 'TRANSACTIONAL', bodyText: 'Your ticket {{1}}' });
		await w.mock.simulate('spotler', 'template_pack', { name: 'ticket', language: 'en', status: 'REJECTED', rejectedReason: 'PROMOTIONAL' });
		const item = await firstItem(trigger);
		expect(item).toMatchObject({ event: 'template_pack', template_pack: { name: 'ticket', language: 'en', status: 'REJECTED', rejectedReason: 'PROMOTIONAL' } });
		expect(item.contact).toBeUndefined();
	});

	it('custom: a custom integration event', async () => {
		const trigger = await listen('custom');
		await w.mock.simulate('spotler', 'custom', { payload: { orderId: 1234, step: 'paid' } });
		expect(await firstItem(trigger)).toMatchObject({ event: 'custom', custom: { orderId: 1234, step: 'paid' } });
	});

	it('label: the node labels the conversation', async () => {
		const trigger = await listen('label');
		await w.run('conversation', 'update', { channel: w.channel(), contact: w.samples.contactJid, labelAction: 'add', labels: [w.samples.labelJid] });
		expect(await firstItem(trigger)).toMatchObject({ event: 'label', label: { labels: [w.samples.labelJid], added: [w.samples.labelJid], removed: [] } });
	});

	it('note: the node creates a note', async () => {
		const trigger = await listen('note');
		const created = await w.run('note', 'create', { channel: w.channel(), contact: w.samples.contactJid, body: 'Prefers e-mail' });
		expect(await firstItem(trigger)).toMatchObject({ event: 'note', note: { action: 'created', note: { id: created.items[0].json.id, body: 'Prefers e-mail' } } });
		await w.run('note', 'delete', { channel: w.channel(), contact: w.samples.contactJid, noteId: created.items[0].json.id as string });
		const [, second] = await trigger.waitForRuns(2);
		expect(second.outputOf('Spotler Trigger')[0].json).toMatchObject({ event: 'note', note: { action: 'deleted' } });
	});

	it('handover: the node hands the conversation to an agent', async () => {
		const trigger = await listen('handover');
		await w.run('conversation', 'update', { channel: w.channel(), contact: w.samples.contactJid, handOver: 'agent', agent: { mode: 'id', value: w.samples.agentEmail } });
		expect(await firstItem(trigger)).toMatchObject({
			event: 'handover',
			handover: { from: { assignee: w.samples.assistantJid, team: null }, to: { assignee: w.samples.agentEmail, team: null } },
		});
	});

	it('one trigger for all ten events outputs one item per delivery, each with its event type', async () => {
		const events = ['custom', 'echo', 'handover', 'label', 'message', 'note', 'postback', 'receipt', 'template_pack', 'typing'];
		const trigger = (active = await harness.activate({ type: 'spotlerTrigger', parameters: { channel: w.channel(), events, simplify: false } }));
		expect((await w.state()).webhooks[w.samples.channelJid][0].events).toHaveLength(10);
		await w.mock.simulate('spotler', 'message', { body: 'hi' });
		await w.mock.simulate('spotler', 'typing', {});
		const runs = await trigger.waitForRuns(2);
		expect(runs.map((r) => r.outputOf('Spotler Trigger').map((i) => i.json.event))).toEqual([['message'], ['typing']]);
	});

	it('ignores a blocked contact: no message event', async () => {
		const trigger = await listen('message');
		const result = await w.mock.simulate('spotler', 'message', { contactJid: w.samples.blacklistedJid, body: 'spam' });
		expect(result).toMatchObject({ ignored: true, deliveries: [] });
		expect(trigger.runs).toHaveLength(0);
	});
});
