import { spotlerWorld } from './world';

const enc = encodeURIComponent;

describe('Spotler › Automated Message', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('gets many, gets one and updates one', async () => {
		const all = await w.run('automatedMessage', 'getAll', at({ returnAll: true }));
		expect(all.items.map((i) => i.json.type)).toEqual(['AWAY', 'GREETING']);
		const one = await w.run('automatedMessage', 'get', at({ automatedMessageType: 'GREETING' }));
		expect(one.items[0].json).toMatchObject({ type: 'GREETING', enabled: true });
		const updated = await w.run('automatedMessage', 'update', at({ automatedMessageType: 'AWAY', updateFields: { enabled: false, body: 'Back Monday' } }));
		expect(updated.items[0].json).toMatchObject({ type: 'AWAY', enabled: false, body: 'Back Monday', updatedAt: expect.any(String) });
		expect((await w.requests({ method: 'PATCH' }))[0].path).toBe(`/channels/${enc(w.samples.channelJid)}/automated-messages/AWAY`);
		expect((await w.state()).automatedMessages[w.samples.channelJid][0].enabled).toBe(false);
	});
});
