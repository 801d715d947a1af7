import { byId, social25, social25World } from './world';

describe('Social25 › Tenant (through the n8n engine, against the mock)', () => {
	const s = social25World();

	it("Tenant › Get returns the credential's tenant configuration", async () => {
		const result = await s.engine.runNode(social25('tenant', 'get'));
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ id: s.samples.tenantId, dispatch_style: 1 });
		expect((result.items[0].json.platforms as any[]).map((p) => p.platform)).toEqual(['facebook', 'messagebird', 'telegram', 'kik', 'whatsapp', 'sms']);
		const [request] = await s.requests();
		expect(request.path).toBe('/tenants/');
	});

	it('Tenant › Get with another tenant picked returns nothing for a tenant the token does not reach', async () => {
		const result = await s.engine.runNode(social25('tenant', 'get', { tenant: byId('00000000-0000-4000-8000-000000000000') }));
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(0);
	});
});
