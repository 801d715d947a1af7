import { spotlerWorld } from './world';

const enc = encodeURIComponent;

describe('Spotler › List', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('creates a list, adds and removes participants, lists the lists', async () => {
		const created = await w.run('list', 'create', at({ name: 'Marketing campaign' }));
		const jid = created.items[0].json.jid as string;
		expect(created.items[0].json).toMatchObject({ name: { fullName: 'Marketing campaign' }, type: 'LIST', contacts: [] });
		const added = await w.run('list', 'addParticipant', at({ list: { mode: 'id', value: jid }, contact: w.samples.contactJid }));
		expect(added.items[0].json).toEqual({ success: true });
		const again = await w.run('list', 'addParticipant', at({ list: { mode: 'id', value: jid }, contact: w.samples.contactJid }));
		expect(again.error?.description).toContain('error 1014');
		expect((await w.state()).lists[w.samples.channelJid].find((l: any) => l.jid === jid).participants).toEqual([w.samples.contactJid]);
		const removed = await w.run('list', 'removeParticipant', at({ list: { mode: 'list', value: jid }, contact: w.samples.contactJid }));
		expect(removed.items[0].json).toEqual({ success: true });
		const posts = await w.requests({ method: 'DELETE' });
		expect(posts[0]).toMatchObject({ status: 200, path: `/channels/${enc(w.samples.channelJid)}/lists/${enc(jid)}/participants/${enc(w.samples.contactJid)}` });
		const all = await w.run('list', 'getAll', at({ returnAll: true }));
		expect(all.items.map((i) => (i.json.name as any).fullName)).toEqual(['Newsletter', 'Marketing campaign']);
	});
});
