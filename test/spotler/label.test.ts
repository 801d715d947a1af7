import { spotlerWorld } from './world';

describe('Spotler › Label', () => {
	const w = spotlerWorld();
	const company = (id?: string) => ({ mode: 'id', value: id ?? '' });

	it('creates, lists, renames and deletes a label; deleting takes it off conversations', async () => {
		const created = await w.run('label', 'create', { company: company(), name: 'Returns', additionalFields: { description: 'Return requests' } });
		const jid = created.items[0].json.jid as string;
		expect(created.items[0].json).toMatchObject({ name: 'Returns', jid: expect.stringMatching(/@label\.eazy\.im$/), priority: null });
		expect((await w.requests({ method: 'POST' }))[0].body).toEqual({ name: 'Returns', description: 'Return requests' });

		const all = await w.run('label', 'getAll', { company: company(), returnAll: true });
		expect(all.items.map((i) => i.json.name)).toContain('Returns');

		const renamed = await w.run('label', 'update', { company: company(), label: { mode: 'id', value: jid }, updateFields: { name: 'Return request', color: 16 } });
		expect(renamed.items[0].json).toMatchObject({ jid, name: 'Return request', color: 16 });

		await w.run('conversation', 'update', { channel: w.channel(), contact: w.samples.contactJid, labelAction: 'set', labels: [jid] });
		expect((await w.state()).conversations.find((c: any) => c.contactJid === w.samples.contactJid).labels).toEqual([jid]);

		const deleted = await w.run('label', 'delete', { company: company(), label: { mode: 'id', value: jid } });
		expect(deleted.items[0].json).toEqual({ success: true });
		const state = await w.state();
		expect(state.labels.map((l: any) => l.jid)).not.toContain(jid);
		expect(state.conversations.find((c: any) => c.contactJid === w.samples.contactJid).labels).toEqual([]);
	});

	it('answers 1014 for a duplicate label name', async () => {
		const result = await w.run('label', 'create', { company: company(), name: 'support questions' });
		expect(result.error?.httpCode).toBe('409');
		expect(result.error?.message).toMatch(/^Already exists: "support questions" \(traceId [0-9a-f]+\)$/);
		expect(result.error?.description).toContain('error 1014');
	});
});
