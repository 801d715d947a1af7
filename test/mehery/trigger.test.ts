import type { INodeParameters } from 'n8n-workflow';

import { TriggerHarness } from '../harness';
import { meheryTriggerWorld } from './world';

describe('Mehery Trigger (webhook URL set through the API; notifications from the mock)', () => {
	const world = meheryTriggerWorld();

	// Simplify off: these tests assert Mehery's own item shape.
	const trigger = (parameters: INodeParameters) => ({ type: 'meheryTrigger', parameters: { simplify: false, ...parameters } });
	const sendText = (text: string, recipient = world.samples.contactId, recipientBy = 'contactId') =>
		world.engine.runNode({ type: 'mehery', parameters: world.messageToContact({ recipientBy, recipient, messageType: 'text', text }) });

	it("sets the account's webhook URL on activation and forgets it on deactivation", async () => {
		const active = await world.harness.activate(trigger({ kinds: ['message'] }));
		expect((await world.state()).account.webhookUrl).toBe(active.webhookUrl);
		const [request] = await world.requests({ path: '/api/v1/config/webhook' });
		expect(request.body).toEqual({ url: active.webhookUrl });
		expect(active.staticData().webhookUrl).toBe(active.webhookUrl);
		await active.deactivate();
		expect(active.staticData().webhookUrl).toBeUndefined();
	});

	it('refuses to activate without a verify token in the credential', async () => {
		const noToken = await world.engineWith({ verifyToken: '' });
		const other = new TriggerHarness(noToken);
		await other.start();
		await expect(other.activate(trigger({ kinds: ['message'] }))).rejects.toThrow('Set the Webhook Verify Token in the Mehery credential');
		await other.stop();
		expect((await world.state()).account.webhookUrl).toBeNull();
	});

	it('emits one item per inbound message, with its contact and session, and the next node replies', async () => {
		const active = await world.harness.activate(trigger({ kinds: ['message'] }), {
			nodes: [
				{
					type: 'mehery',
					name: 'Reply',
					parameters: {
						resource: 'message',
						operation: 'send',
						channel: { mode: 'id', value: '={{ $json.contact.channelId }}' },
						recipientBy: 'contactId',
						recipient: '={{ $json.contactId }}',
						messageType: 'text',
						text: '=You said: {{ $json.text.body }}',
					},
				},
			],
		});
		const sim = await world.mock.simulate('mehery', 'message', { contactId: world.samples.contactId, text: 'Where is my parcel?' });
		expect(sim.delivery.state).toBe('delivered');
		expect(sim.delivery.headers['x-verify-token']).toBe('[redacted]');
		const [run] = await active.waitForRuns(1);
		expect(run.status).toBe('success');
		const [item] = run.outputOf('Mehery Trigger');
		expect(item.json).toMatchObject({
			kind: 'message',
			type: 'text',
			contactId: world.samples.contactId,
			text: { body: 'Where is my parcel?' },
			session: { sessionId: sim.sessionId, assignedToDept: 'SUPPORT' },
			contact: { contactId: world.samples.contactId, channelId: world.samples.channelId, contactType: 'WHATSAPP' },
			meta: { server: 'api.mehery.xyz' },
		});
		expect(run.outputOf('Reply')[0].json.id).toBeDefined();
		const session = (await world.state()).sessions.find((s: any) => s.sessionId === sim.sessionId);
		expect(session.messages.map((m: any) => m.text)).toEqual(['Where is my parcel?', 'You said: Where is my parcel?']);
		// The doc declares the notification itself as the answer.
		expect(sim.delivery.response).toEqual(sim.delivery.body);
		await active.deactivate();
	});

	it('filters inbound messages by type', async () => {
		const active = await world.harness.activate(trigger({ kinds: ['message'], messageTypes: ['image'] }));
		await world.mock.simulate('mehery', 'message', { contactId: world.samples.contactId, text: 'just text' });
		await world.mock.simulate('mehery', 'message', { contactId: world.samples.contactId, type: 'image', link: 'https://example.com/p.jpg', caption: 'my receipt' });
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Mehery Trigger').map((i) => i.json)).toEqual([
			expect.objectContaining({ kind: 'message', type: 'image', image: expect.objectContaining({ link: 'https://example.com/p.jpg', caption: 'my receipt' }) }),
		]);
		expect(active.runs).toHaveLength(1);
		await active.deactivate();
	});

	it('delivers statuses SENT → DLVRD → READ of a sent message, and emits only the statuses picked', async () => {
		const active = await world.harness.activate(trigger({ kinds: ['status'], statuses: ['READ'] }));
		const sent = await sendText('Your order has shipped');
		const id = sent.items[0].json.id;
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Mehery Trigger').map((i) => i.json)).toEqual([expect.objectContaining({ kind: 'status', id, status: 'READ', contactId: world.samples.contactId })]);
		// Only this message's statuses (a reset does not stop an earlier test's pushes under way).
		const pushed = (await world.deliveries('statuses')).filter((d) => d.body.statuses[0].id === id);
		expect(pushed.map((d) => d.body.statuses[0].status)).toEqual(['SENT', 'DLVRD', 'READ']);
		expect(pushed.every((d) => d.state === 'delivered' && d.body.type === 'statuses')).toBe(true);
		expect(active.runs).toHaveLength(1);
		await active.deactivate();
	});

	it('emits FAILD (with the error) and DELTD when picked', async () => {
		const active = await world.harness.activate(trigger({ kinds: ['status'], statuses: ['FAILD', 'DELTD'] }));
		await sendText('hello?', '+91 99999 90000', 'phone');
		const [failed] = await active.waitForRuns(1);
		expect(failed.outputOf('Mehery Trigger')[0].json).toMatchObject({ kind: 'status', status: 'FAILD', errors: [{ code: 470 }] });

		const sent = await sendText('to be deleted');
		await world.deliveries();
		await world.mock.simulate('mehery', 'status', { messageId: sent.items[0].json.id, status: 'DELTD' });
		const runs = await active.waitForRuns(2);
		expect(runs[1].outputOf('Mehery Trigger')[0].json).toMatchObject({ status: 'DELTD', id: sent.items[0].json.id });
		await active.deactivate();
	});

	it('emits session events from close/route with the event-code filter', async () => {
		const active = await world.harness.activate(trigger({ kinds: ['event'], eventCodes: 'session_routed' }));
		const { sessionId } = await world.mock.simulate('mehery', 'message', { contactId: world.samples.contactId, text: 'hi' });
		await world.engine.runNode({ type: 'mehery', parameters: { resource: 'session', operation: 'route', sessionId, queue: 'BILLING', assignment: { agent: 'bob' } } });
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Mehery Trigger')[0].json).toMatchObject({
			kind: 'event',
			eventCode: 'SESSION_ROUTED',
			sessionId,
			sessionRouted: { targetQueue: 'BILLING' },
			contact: { contactId: world.samples.contactId },
		});
		await world.engine.runNode({ type: 'mehery', parameters: { resource: 'session', operation: 'close', sessionId } });
		const events = await world.deliveries('events');
		expect(events.map((d) => d.body.events[0].eventCode)).toEqual(['SESSION_ROUTED', 'SESSION_CLOSED']);
		expect(active.runs).toHaveLength(1);
		await active.deactivate();
	});

	it('emits actions, and several kinds at once when picked', async () => {
		const active = await world.harness.activate(trigger({ kinds: ['action', 'message'] }));
		await world.mock.simulate('mehery', 'action', { contactId: world.samples.contactId, actionCode: 'SEND_INVOICE' });
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Mehery Trigger')[0].json).toMatchObject({ kind: 'action', actionCode: 'SEND_INVOICE', contact: { contactId: world.samples.contactId } });
		await world.mock.simulate('mehery', 'message', { contactId: world.samples.contactId, text: 'and a message' });
		const runs = await active.waitForRuns(2);
		expect(runs[1].outputOf('Mehery Trigger')[0].json).toMatchObject({ kind: 'message', text: { body: 'and a message' } });
		await active.deactivate();
	});

	it('a notification with none of the documented arrays comes out as event "unknown" with its raw body (and is still echoed)', async () => {
		const active = await world.harness.activate(trigger({ kinds: ['message'] }));
		const raw = '{"type":"reactions","reactions":[{"messageId":"m1","emoji":"+1"}]}';
		const response = await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-verify-token': world.credential.verifyToken }, body: raw });
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual(JSON.parse(raw));
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Mehery Trigger').map((i) => i.json)).toEqual([{ event: 'unknown', body: JSON.parse(raw), rawBody: raw }]);
		await active.deactivate();
	});

	it('pairs each message with its contact by contactId, never with a lone contact that is someone else', async () => {
		const active = await world.harness.activate(trigger({ kinds: ['message'] }));
		const body = {
			type: 'messages',
			messages: [
				{ messageId: 'm1', contactId: 'c-ada', type: 'text', text: { body: 'mine' } },
				{ messageId: 'm2', contactId: 'c-other', type: 'text', text: { body: 'not Ada' } },
				{ messageId: 'm3', type: 'text', text: { body: 'names nobody' } },
			],
			contacts: [{ contactId: 'c-ada', name: 'Ada' }],
		};
		const response = await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-verify-token': world.credential.verifyToken }, body: JSON.stringify(body) });
		expect(response.status).toBe(200);
		const [run] = await active.waitForRuns(1);
		const items = run.outputOf('Mehery Trigger').map((i) => i.json as Record<string, any>);
		expect(items.map((i) => [i.messageId, i.contact?.name ?? null])).toEqual([
			['m1', 'Ada'],
			['m2', null],
			['m3', 'Ada'],
		]);
		await active.deactivate();
	});

	it('rejects deliveries without the verify token, or with a wrong one, with 401 and runs nothing', async () => {
		const active = await world.harness.activate(trigger({ kinds: ['message', 'status', 'event', 'action'] }));
		const body = { type: 'actions', actions: [{ actionCode: 'FORGED' }], contacts: [] };
		for (const headers of [{}, { 'x-verify-token': 'wrong' }, { 'x-verify-token': `${world.credential.verifyToken.slice(0, -1)}x` }] as Array<Record<string, string>>) {
			const response = await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
			expect(response.status).toBe(401);
			expect(await response.json()).toMatchObject({ message: 'Missing or wrong x-verify-token' });
		}
		expect(active.runs).toHaveLength(0);
		const accepted = await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-verify-token': world.credential.verifyToken }, body: JSON.stringify(body) });
		expect(accepted.status).toBe(200);
		await active.waitForRuns(1);
		await active.deactivate();
	});
});
