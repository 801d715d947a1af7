import { wabbitWorld } from './world';

describe('Wabbit › Contact (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it("Contact › Get Many with Return All follows the providers' next links; Limit caps the items", async () => {
		await t.mock.simulate('wabbit', 'contacts', { count: 144 });
		const all = await t.run('contact', 'getMany', { returnAll: true });
		expect(all.items).toHaveLength(150);
		expect(all.items[0].json).toMatchObject({ contact_provider: { type: 'google', name: 'Google Contacts' } });
		const requests = await t.apiRequests({ path: '/api/v1/contacts/' });
		expect(requests.map((r) => r.query)).toEqual([{ limit: '100' }, { limit: '100', page: '1' }]);

		const three = await t.run('contact', 'getMany', { limit: 3, search: 'a' });
		expect(three.items).toHaveLength(3);
		expect((await t.apiRequests({ path: '/api/v1/contacts/' })).at(-1)!.query).toEqual({ search: 'a', limit: '3' });
	});

	it('Contact › Get resolves a number across providers; Verify checks numbers', async () => {
		const one = await t.run('contact', 'get', { waId: `+${t.samples.waId}` });
		expect(one.items[0].json).toMatchObject({ person: { wa_id: t.samples.waId }, contact_provider_results: [{ phone_numbers: [{ phone_number: `+${t.samples.waId}` }] }] });
		const verified = await t.run('contact', 'verify', { phoneNumbers: `+${t.samples.waId}, 12, +48 600 700 800`, options: { wait: true } });
		expect(verified.items[0].json.contacts).toEqual([
			{ wa_id: t.samples.waId, input: `+${t.samples.waId}`, status: 'valid' },
			{ input: '12', status: 'invalid' },
			{ input: '+48 600 700 800', status: 'invalid' },
		]);
		expect((await t.apiRequests({ method: 'POST' }))[0].body).toEqual({ contacts: [`+${t.samples.waId}`, '12', '+48 600 700 800'], blocking: 'wait', force_check: false });
	});
});
