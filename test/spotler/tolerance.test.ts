/**
 * What the Spotler document says that the node used to drop, and pushes it never defines: the
 * traceId support asks for stays in the node's error, and a payload the mock delivers verbatim
 * (control API simulate kind "verbatim") reaches the trigger.
 */
import { TriggerHarness } from '../harness';
import { spotlerWorld } from './world';

describe('Spotler › what the document asks for beyond the happy path', () => {
	const w = spotlerWorld();

	const send = () =>
		w.engine.runNode({
			type: 'spotler',
			parameters: { resource: 'message', operation: 'send', channel: { mode: 'id', value: w.samples.channelJid }, contact: w.samples.contactJid, messageType: 'text', text: 'Hi' } as never,
		});

	it("keeps the traceId of the document's own error example in the node's error message", async () => {
		await w.mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/*', status: 400, body: { error: { code: 1005, message: 'Jid is invalid' }, traceId: '7e6459' }, count: 1 });
		const result = await send();
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('Jid is invalid (traceId 7e6459)');
		expect(result.error?.description).toBe('Spotler answered HTTP 400, error 1005.');
	});

	it("keeps the traceId of the mock's own errors, and leaves a body without one as it was", async () => {
		const refused = await w.engine.runNode({
			type: 'spotler',
			parameters: { resource: 'message', operation: 'send', channel: { mode: 'id', value: '31200000000@whatsapp.eazy.im' }, contact: w.samples.contactJid, messageType: 'text', text: 'Hi' } as never,
		});
		expect(refused.error?.message).toMatch(/ \(traceId [0-9a-f]{6}\)$/);

		await w.mock.server.reset();
		await w.mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/*', status: 400, body: { error: { code: 1005, message: 'Jid is invalid' } }, count: 1 });
		expect((await send()).error?.message).toBe('Jid is invalid');
	});

	it('simulate "verbatim" delivers a body as is to every registered webhook, with its secret header, and the trigger starts a run', async () => {
		const harness = new TriggerHarness(w.engine);
		await harness.start();
		try {
			const active = await harness.activate({ type: 'spotlerTrigger', parameters: { channel: { mode: 'id', value: w.samples.channelJid }, events: ['message'] } as never });
			const body = { event: 'message', channel: { jid: w.samples.channelJid }, contact: { jid: w.samples.contactJid }, message: { id: 'verbatim-1', type: 'text', body: 'As printed' } };
			const { deliveries } = await w.mock.simulate('spotler', 'verbatim', { body });
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
