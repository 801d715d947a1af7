import { spotlerWorld } from './world';

const enc = encodeURIComponent;

describe('Spotler › Blacklist', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('blocks by phone number, lists and unblocks', async () => {
		const phone = `+${w.samples.contactJid.split('@')[0]}`;
		const added = await w.run('blacklist', 'add', at({ contact: phone }));
		expect(added.items[0].json).toEqual({ success: true });
		expect((await w.requests({ method: 'POST' }))[0]).toMatchObject({ status: 204, path: `/channels/${enc(w.samples.channelJid)}/contacts/blacklist/${enc(w.samples.contactJid)}` });
		const list = await w.run('blacklist', 'getAll', at({ returnAll: true }));
		expect(list.items.map((i) => i.json.jid)).toEqual([w.samples.blacklistedJid, w.samples.contactJid]);
		const removed = await w.run('blacklist', 'remove', at({ contact: w.samples.contactJid }));
		expect(removed.items[0].json).toEqual({ success: true });
		expect((await w.state()).blacklist[w.samples.channelJid]).toEqual([w.samples.blacklistedJid]);
	});
});
