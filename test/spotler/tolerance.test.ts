/**
 * What the Spotler document says that the node used to drop, and pushes it never defines: the
 * traceId support asks for stays in the node's error, and a payload the mock delivers verbatim
 * (control API simulate kind "verbatim") reaches the trigger.
 */
import { Engine, startMock, TriggerHarness, type MockClient } from '../harness';

describe('Spotler › what the document asks for beyond the happy path', () => {
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

	const send = () =>
		engine.runNode({
			type: 'spotler',
			parameters: { resource: 'message', operation: 'send', channel: { mode: 'id', value: samples.channelJid }, contact: samples.contactJid, messageType: 'text', text: 'Hi' } as never,
		});

	it('keeps the traceId of the document\'s own error example in the node\'s error message', async () => {
		await mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/*', status: 400, body: { error: { code: 1005, message: 'Jid is invalid' }, traceId: '7e6459' }, count: 1 });
		const result = await send();
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('Jid is invalid (traceId 7e6459)');
		expect(result.error?.description).toBe('Spotler answered HTTP 400, error 1005.');
	});

	it('keeps the traceId of the mock\'s own errors, and leaves a body without one as it was', async () => {
		const refused = await engine.runNode({
			type: 'spotler',
			parameters: { resource: 'message', operation: 'send', channel: { mode: 'id', value: '31200000000@whatsapp.eazy.im' }, contact: samples.contactJid, messageType: 'text', text: 'Hi' } as never,
		});
		expect(refused.error?.message).toMatch(/ \(traceId [0-9a-f]{6}\)$/);

		await mock.server.reset();
		await mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/*', status: 400, body: { error: { code: 1005, message: 'Jid is invalid' } }, count: 1 });
		expect((await send()).error?.message).toBe('Jid is invalid');
	});

	it('simulate "verbatim" delivers a body as is to every registered webhook, with its secret header, and the trigger starts a run', async () => {
		const harness = new TriggerHarness(engine);
		await harness.start();
		try {
			const active = await harness.activate({ type: 'spotlerTrigger', parameters: { channel: { mode: 'id', value: samples.channelJid }, events: ['message'] } as never });
			const body = { event: 'message', channel: { jid: samples.channelJid }, contact: { jid: samples.contactJid }, message: { id: 'verbatim-1', type: 'text', body: 'As printed' } };
			const { deliveries } = await mock.simulate('spotler', 'verbatim', { body });
			expect(deliveries).toHaveLength(1);
			expect(deliveries[0]).toMatchObject({ state: 'delivered', body, headers: { 'x-omnichannel-secret': '[redacted]' } });
			const [run] = await active.waitForRuns(1, 5_000);
			expect(run.status).toBe('success');
			expect(run.items[0].json).toMatchObject({ text: 'As printed' });
			await active.deactivate();
		} finally {
			await harness.stop();
		}
	});
});
