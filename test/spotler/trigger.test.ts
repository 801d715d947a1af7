import { TriggerHarness } from '../harness';
import { spotlerWorld } from './world';

describe('Spotler Trigger (webhook registered through the Spotler API on the mock)', () => {
	const w = spotlerWorld();
	let harness: TriggerHarness;

	beforeAll(async () => {
		harness = new TriggerHarness(w.engine);
		await harness.start();
	});
	afterAll(async () => {
		await harness.stop();
	});

	const webhooksOnMock = async () => (await w.mock.state('spotler')).webhooks[w.samples.channelJid] as any[];
	/** The secret header value the trigger registered with Spotler (what Spotler sends back). */
	const registeredSecret = async () => String((await webhooksOnMock())[0].headers['x-omnichannel-secret']);
	const trigger = (events: string[] = ['message']) => ({
		type: 'spotlerTrigger',
		// Simplify off: these tests assert Spotler's own delivery shape.
		parameters: { channel: { mode: 'id', value: w.samples.channelJid }, events, simplify: false },
	});

	it('registers a webhook with a secret header on activation and deletes it on deactivation', async () => {
		const active = await harness.activate(trigger(['message', 'receipt']));
		const hooks = await webhooksOnMock();
		expect(hooks).toHaveLength(1);
		expect(hooks[0].url).toBe(active.webhookUrl);
		expect(hooks[0].events.sort()).toEqual(['message', 'receipt']);
		// Derived from the credential's key and the node's webhook id, not kept in static data (see the queue-mode test below).
		expect(hooks[0].headers['x-omnichannel-secret']).toMatch(/^[0-9a-f]{64}$/);
		expect(active.staticData().secret).toBeUndefined();

		await active.deactivate();
		expect(await webhooksOnMock()).toHaveLength(0);
		expect(active.staticData().webhookId).toBeUndefined();
	});

	it('reuses the webhook that already points at it instead of creating a second one', async () => {
		const first = await harness.activate({ ...trigger(['message']), webhookId: 'fixed-id' });
		const firstHook = (await webhooksOnMock())[0];
		// Re-activating the same trigger with other events updates the same webhook.
		const second = await harness.activate({ ...trigger(['message', 'typing']), webhookId: 'fixed-id' });
		const hooks = await webhooksOnMock();
		expect(hooks).toHaveLength(1);
		expect(hooks[0].id).toBe(firstHook.id);
		expect(hooks[0].events.sort()).toEqual(['message', 'typing']);
		expect(second.webhookUrl).toBe(first.webhookUrl);
		await second.deactivate();
	});

	it('runs the workflow for a simulated inbound message, and the next node replies through the engine', async () => {
		const active = await harness.activate(trigger(['message']), {
			nodes: [
				{
					type: 'spotler',
					name: 'Reply',
					parameters: {
						resource: 'message',
						operation: 'send',
						channel: { mode: 'id', value: '={{ $json.channel.jid }}' },
						contact: '={{ $json.contact.jid }}',
						messageType: 'text',
						text: '=You said: {{ $json.message.body }}',
					},
				},
			],
		});
		const sim = await w.mock.simulate('spotler', 'message', { body: 'Where is my parcel?' });
		expect(sim.deliveries[0].state).toBe('delivered');
		const [run] = await active.waitForRuns(1);
		expect(run.status).toBe('success');
		const triggered = run.outputOf('Spotler Trigger');
		expect(triggered).toHaveLength(1);
		expect(triggered[0].json).toMatchObject({ event: 'message', contact: { jid: w.samples.contactJid }, message: { type: 'text', body: 'Where is my parcel?' } });
		expect(run.outputOf('Reply')[0].json.id).toMatch(/^[0-9a-f]{40}$/);

		const state = await w.mock.state('spotler');
		const conversation = state.conversations.find((c: any) => c.contactJid === w.samples.contactJid);
		expect(conversation.messages.at(-1).message).toEqual({ type: 'text', body: 'You said: Where is my parcel?' });
		await active.deactivate();
	});

	it('a delivery without the registered secret starts nothing, yet is answered 200 (Spotler retries anything else forever)', async () => {
		const active = await harness.activate(trigger(['message']));
		const body = {
			event: 'message',
			id: 'x',
			timestamp: new Date().toISOString(),
			channel: { jid: w.samples.channelJid },
			contact: { jid: w.samples.contactJid },
			message: { id: 'a'.repeat(40), type: 'text', body: 'forged' },
		};
		for (const headers of [{}, { 'x-omnichannel-secret': 'wrong-secret-wrong-secret-wrong-secret-00' }] as Array<Record<string, string>>) {
			const response = await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
			expect(response.status).toBe(200);
			expect(await response.json()).toEqual({ status: 'refused', reason: 'missing or wrong webhook secret' });
		}
		// An unknown payload without the secret is refused the same way: the secret comes first.
		await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"no":"event"}' });
		// Then the real secret: its run is the only one (runs start after the answer, so wait for it).
		const real = { ...body, message: { ...body.message, body: 'genuine' } };
		await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-omnichannel-secret': await registeredSecret() }, body: JSON.stringify(real) });
		await active.waitForRuns(1);
		expect(active.runs.map((r) => r.outputOf('Spotler Trigger')[0].json.message)).toEqual([expect.objectContaining({ body: 'genuine' })]);
		await active.deactivate();
	});

	it('a delivery without an event member (the doc defines no payload) comes out as event "unknown" with its raw body', async () => {
		const active = await harness.activate(trigger(['receipt']));
		const headers = { 'content-type': 'application/json', 'x-omnichannel-secret': await registeredSecret() };
		const raw = '{"type":"receipt","status":"read","messageId":"abc"}';
		const response = await fetch(active.webhookUrl, { method: 'POST', headers, body: raw });
		expect(response.status).toBe(200);
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Spotler Trigger').map((i) => i.json)).toEqual([{ event: 'unknown', body: JSON.parse(raw), rawBody: raw }]);

		// An event name this package does not know is unknown too; a known event the user did not pick is still left out.
		const known = { event: 'receipt', id: 'r1', timestamp: new Date().toISOString(), channel: { jid: w.samples.channelJid }, contact: { jid: w.samples.contactJid } };
		await fetch(active.webhookUrl, { method: 'POST', headers, body: JSON.stringify([known, { ...known, event: 'message' }, { ...known, event: 'reaction' }]) });
		const runs = await active.waitForRuns(2);
		expect(runs[1].outputOf('Spotler Trigger').map((i) => i.json.event)).toEqual(['receipt', 'unknown']);
		expect(runs[1].outputOf('Spotler Trigger')[1].json.body).toMatchObject({ event: 'reaction' });
		await active.deactivate();
	});

	it('a process that never saw the activation (queue mode: a webhook processor) accepts the registered secret, and one kept by an earlier version still works', async () => {
		const active = await harness.activate(trigger(['message']));
		const secret = await registeredSecret();
		const data = active.staticData();
		for (const key of Object.keys(data)) delete data[key];
		const body = {
			event: 'message',
			id: 'x',
			timestamp: new Date().toISOString(),
			channel: { jid: w.samples.channelJid },
			contact: { jid: w.samples.contactJid },
			message: { id: 'b'.repeat(40), type: 'text', body: 'via the webhook processor' },
		};
		await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-omnichannel-secret': secret }, body: JSON.stringify(body) });
		await active.waitForRuns(1);
		// A webhook registered before the secret was derived carries the random one saved in static data.
		const legacy = 'l'.repeat(40);
		data.secret = legacy;
		await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-omnichannel-secret': legacy }, body: JSON.stringify(body) });
		await active.waitForRuns(2);
		expect(active.runs).toHaveLength(2);
		await active.deactivate();
	});

	it('ignores events it did not subscribe to', async () => {
		const active = await harness.activate(trigger(['receipt']));
		const secret = await registeredSecret();
		const body = { event: 'message', id: 'x', timestamp: new Date().toISOString(), channel: { jid: w.samples.channelJid }, contact: { jid: w.samples.contactJid } };
		const response = await fetch(active.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-omnichannel-secret': secret }, body: JSON.stringify(body) });
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ignored' });
		expect(active.runs).toHaveLength(0);
		await active.deactivate();
	});

	it('echo events fire for messages sent through the API', async () => {
		const active = await harness.activate(trigger(['echo']));
		const send = await w.engine.runNode({
			type: 'spotler',
			parameters: { resource: 'message', operation: 'send', channel: { mode: 'id', value: w.samples.channelJid }, contact: w.samples.contactJid, messageType: 'text', text: 'Sent by the bot' },
		});
		const [run] = await active.waitForRuns(1);
		expect(run.outputOf('Spotler Trigger')[0].json).toMatchObject({ event: 'echo', message: { id: send.items[0].json.id, body: 'Sent by the bot' } });
		await active.deactivate();
	});
});
