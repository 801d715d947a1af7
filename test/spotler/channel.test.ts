import { spotlerWorld } from './world';

describe('Spotler › Channel', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('gets many channels and renames one', async () => {
		const all = await w.run('channel', 'getAll', { returnAll: false, limit: 2 });
		expect(all.items).toHaveLength(2);
		expect(all.items[0].json).toMatchObject({ jid: w.samples.channelJid, name: 'WhatsApp', dataRetentionInDays: 90 });
		const renamed = await w.run('channel', 'update', at({ updateFields: { name: 'KLM.com', priority: 2 } }));
		expect(renamed.items[0].json).toMatchObject({ jid: w.samples.channelJid, name: 'KLM.com', priority: 2 });
		expect((await w.state()).channels[0].name).toBe('KLM.com');
	});
});
