import { byId, wabbitWorld } from './world';

describe('Wabbit › Person (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Person › Get Many (with search) and Get', async () => {
		const all = await t.run('person', 'getMany', { returnAll: true });
		expect(all.items).toHaveLength(6);
		expect(all.items[0].json).toMatchObject({ wa_id: t.samples.waId, initials: expect.stringMatching(/^[A-Z]{2}$/) });
		const name = (all.items[1].json.waba_payload as { profile: { name: string } }).profile.name;
		const search = await t.run('person', 'getMany', { limit: 5, filters: { search: name.split(' ')[0] } });
		expect(search.items.map((i) => i.json.wa_id)).toContain(all.items[1].json.wa_id);
		const one = await t.run('person', 'get', { chat: byId(t.samples.waId) });
		expect(one.items[0].json.wa_id).toBe(t.samples.waId);
		expect((await t.apiRequests()).at(-1)!.path).toBe(`/api/v1/persons/${t.samples.waId}/`);
	});
});
