import { apiRequests, byId, node, setup, type WabbitSetup } from './helpers';

describe('Wabbit › Person and Contact (through the n8n engine, against the mock)', () => {
	let t: WabbitSetup;

	beforeAll(async () => {
		t = await setup();
	});
	afterAll(() => t.mock.close());
	beforeEach(() => t.mock.server.reset());

	it('Person › Get Many (with search) and Get', async () => {
		const all = await t.engine.runNode(node('person', 'getMany', { returnAll: true }));
		expect(all.items).toHaveLength(6);
		expect(all.items[0].json).toMatchObject({ wa_id: t.creds.samples.waId, initials: expect.stringMatching(/^[A-Z]{2}$/) });
		const name = (all.items[1].json.waba_payload as { profile: { name: string } }).profile.name;
		const search = await t.engine.runNode(node('person', 'getMany', { limit: 5, filters: { search: name.split(' ')[0] } }));
		expect(search.items.map((i) => i.json.wa_id)).toContain(all.items[1].json.wa_id);
		const one = await t.engine.runNode(node('person', 'get', { chat: byId(t.creds.samples.waId) }));
		expect(one.items[0].json.wa_id).toBe(t.creds.samples.waId);
		expect((await apiRequests(t.mock)).at(-1)!.path).toBe(`/api/v1/persons/${t.creds.samples.waId}/`);
	});

	it('Contact › Get Many with Return All follows the providers\' next links; Limit caps the items', async () => {
		await t.mock.simulate('wabbit', 'contacts', { count: 144 });
		const all = await t.engine.runNode(node('contact', 'getMany', { returnAll: true }));
		expect(all.items).toHaveLength(150);
		expect(all.items[0].json).toMatchObject({ contact_provider: { type: 'google', name: 'Google Contacts' } });
		const requests = await apiRequests(t.mock, { path: '/api/v1/contacts/' });
		expect(requests.map((r) => r.query)).toEqual([{ limit: '100' }, { limit: '100', page: '1' }]);

		const three = await t.engine.runNode(node('contact', 'getMany', { limit: 3, search: 'a' }));
		expect(three.items).toHaveLength(3);
		expect((await apiRequests(t.mock, { path: '/api/v1/contacts/' })).at(-1)!.query).toEqual({ search: 'a', limit: '3' });
	});

	it('Contact › Get resolves a number across providers; Verify checks numbers', async () => {
		const one = await t.engine.runNode(node('contact', 'get', { waId: `+${t.creds.samples.waId}` }));
		expect(one.items[0].json).toMatchObject({ person: { wa_id: t.creds.samples.waId }, contact_provider_results: [{ phone_numbers: [{ phone_number: `+${t.creds.samples.waId}` }] }] });
		const verified = await t.engine.runNode(node('contact', 'verify', { phoneNumbers: `+${t.creds.samples.waId}, 12, +48 600 700 800`, options: { wait: true } }));
		expect(verified.items[0].json.contacts).toEqual([
			{ wa_id: t.creds.samples.waId, input: `+${t.creds.samples.waId}`, status: 'valid' },
			{ input: '12', status: 'invalid' },
			{ input: '+48 600 700 800', status: 'invalid' },
		]);
		expect((await apiRequests(t.mock, { method: 'POST' }))[0].body).toEqual({ contacts: [`+${t.creds.samples.waId}`, '12', '+48 600 700 800'], blocking: 'wait', force_check: false });
	});
});
