import { spotlerWorld } from './world';

describe('Spotler › Note', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('creates, lists, pins and deletes notes', async () => {
		const created = await w.run('note', 'create', at({ contact: w.samples.contactJid, body: 'Customer number #63553', additionalFields: { referenceId: 'CUSTOMER_NUMBER' } }));
		const id = created.items[0].json.id as string;
		expect(created.items[0].json).toMatchObject({ body: 'Customer number #63553', referenceId: 'CUSTOMER_NUMBER', isPinned: false, createdBy: expect.stringMatching(/@ai\.eazy\.im$/) });
		const all = await w.run('note', 'getAll', at({ contact: w.samples.contactJid, returnAll: true }));
		expect(all.items.map((i) => i.json.id)).toEqual([w.samples.noteId, id]);
		const pinned = await w.run('note', 'update', at({ contact: w.samples.contactJid, noteId: id, updateFields: { isPinned: true, body: 'Customer number #63554' } }));
		expect(pinned.items[0].json).toMatchObject({ id, isPinned: true, body: 'Customer number #63554', updatedAt: expect.any(String) });
		const deleted = await w.run('note', 'delete', at({ contact: w.samples.contactJid, noteId: id }));
		expect(deleted.items[0].json).toEqual({ success: true });
		expect(
			Object.values((await w.state()).notes)
				.flat()
				.map((n: any) => n.id),
		).toEqual([w.samples.noteId]);
	});
});
