import { byId, social25, social25World } from './world';

describe('Social25 › Conversation › Initiate (many phone numbers, few requests)', () => {
	const s = social25World();

	it('initiates 5 phone numbers in ceil(5 / 2) = 3 requests; national numbers are normalised to E.164 by the platform country', async () => {
		const numbers = ['+31 6 1111 2222', '0612223333', '0031613334444', '+31614445555', '06-15556666'];
		const result = await s.engine.runNode(
			social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}', batchSize: 2 }),
			numbers.map((phone) => ({ json: { phone } })),
		);
		expect(result.status).toBe('success');
		expect(result.items.map((i) => i.json.user_identifier)).toEqual(['+31611112222', '+31612223333', '+31613334444', '+31614445555', '+31615556666']);
		for (const item of result.items) expect(item.json.conversation_id).toBe(item.json.user_id);

		const requests = await s.requests({ method: 'POST' });
		expect(requests).toHaveLength(3);
		expect(requests[0].path).toBe(`/tenants/${s.samples.tenantId}/conversations/bulk/`);
		expect(requests[0].body).toEqual([
			{ platform_id: s.samples.whatsappPlatformExternalId, user_identifier: '+31 6 1111 2222' },
			{ platform_id: s.samples.whatsappPlatformExternalId, user_identifier: '0612223333' },
		]);
		const state = await s.mock.state('social25');
		const created = state.conversations.find((c: any) => c.id === result.items[0].json.conversation_id);
		expect(created).toMatchObject({ state: 'OPEN', user: { phone_number: '31611112222' }, platform: { source: 'whatsapp' } });
	});

	it('takes the tenant from the picker when the credential has none', async () => {
		s.engine.setCredentials('social25Api', { ...s.credential, tenantId: '' });
		try {
			const result = await s.engine.runNode(
				social25('conversation', 'initiate', { tenant: byId(s.samples.tenantId), platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '+31611112222' }),
			);
			expect(result.status).toBe('success');
			expect((await s.requests({ method: 'POST' }))[0].path).toBe(`/tenants/${s.samples.tenantId}/conversations/bulk/`);
			const without = await s.engine.runNode(social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '+31611112222' }));
			expect(without.error?.message).toBe('"Tenant" is empty and the credential has no tenant ID');
		} finally {
			s.engine.setCredentials('social25Api', s.credential);
		}
	});

	it("uses the SMS platform's country (Belgium) for national numbers", async () => {
		const result = await s.engine.runNode(social25('conversation', 'initiate', { platform: byId(s.samples.smsPlatformExternalId), phoneNumber: '0470 12 34 56' }));
		expect(result.items[0].json.user_identifier).toBe('+32470123456');
	});

	it('stops obviously invalid numbers before sending, naming the item', async () => {
		const result = await s.engine.runNode(social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}' }), [
			{ json: { phone: '+31611112222' } },
			{ json: { phone: 'call me' } },
		]);
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Phone Number" "call me" is not a phone number: use E.164 such as +31611122233, or a national number (item 1)');
		expect(await s.requests()).toHaveLength(0);
	});

	it('numbers Social25 rejects come out as error items with Continue On Fail, in input order', async () => {
		const result = await s.engine.runNode(social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}' }, true), [
			{ json: { phone: '0612345678' } },
			{ json: { phone: '+4' } },
			{ json: { phone: '061234' } },
			{ json: { phone: '+31699887766' } },
		]);
		expect(result.status).toBe('success');
		expect(result.items[0].json.user_identifier).toBe('+31612345678');
		expect(result.items[1].json.error).toBe('"Phone Number" "+4" is not a valid E.164 number: after the + come the country code and 8 to 15 digits in all (item 1)');
		expect(result.items[2].json.error).toBe('Social25 rejected "061234": Enter a valid phone number. (item 2)');
		expect(result.items[3].json.user_identifier).toBe('+31699887766');
		const [request] = await s.requests({ method: 'POST' });
		expect(request.body.map((b: any) => b.user_identifier)).toEqual(['0612345678', '061234', '+31699887766']);
	});

	it('without Continue On Fail, numbers Social25 rejects fail the node and say which items', async () => {
		const result = await s.engine.runNode(social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}' }), [
			{ json: { phone: '0612345678' } },
			{ json: { phone: '061234' } },
		]);
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('Social25 rejected 1 of 2 phone numbers: item 1 "061234": Enter a valid phone number.');
	});
});
