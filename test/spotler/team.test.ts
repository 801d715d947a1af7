import { spotlerWorld } from './world';

describe('Spotler › Team', () => {
	const w = spotlerWorld();
	const company = (id?: string) => ({ mode: 'id', value: id ?? '' });

	it('creates, lists, updates (with metadata) and deletes a team shared by the company', async () => {
		const created = await w.run('team', 'create', { company: company(), name: 'Escalations' });
		const jid = created.items[0].json.jid as string;
		expect(created.items[0].json).toEqual({ channels: [], color: 8, jid, metadata: null, name: 'Escalations' });

		const all = await w.run('team', 'getAll', { company: company(), returnAll: false, limit: 10 });
		expect(all.items.map((i) => i.json.name)).toEqual(['Support team', 'Sales', 'Escalations']);

		const updated = await w.run('team', 'update', {
			company: company(),
			team: { mode: 'list', value: jid },
			updateFields: { name: 'Escalation desk', reference: 'ESC', metadata: { entry: [{ key: 'floor', value: '2' }] } },
		});
		expect(updated.items[0].json).toMatchObject({ name: 'Escalation desk', reference: 'ESC', metadata: { floor: '2' } });
		expect((await w.requests({ method: 'PATCH' }))[0].body).toEqual({ name: 'Escalation desk', reference: 'ESC', metadata: { floor: '2' } });

		await w.run('conversation', 'update', { channel: w.channel(), contact: w.samples.contactJid, teamAction: 'set', team: { mode: 'id', value: jid } });
		const deleted = await w.run('team', 'delete', { company: company(), team: { mode: 'id', value: jid } });
		expect(deleted.items[0].json).toEqual({ success: true });
		const state = await w.state();
		expect(state.teams.map((t: any) => t.jid)).not.toContain(jid);
		expect(state.conversations.find((c: any) => c.contactJid === w.samples.contactJid).team).toBeNull();
	});
});
