import { byId, setupSocial25, social25, type Social25Setup } from './helpers';

describe('Social25 › Tenant and Agent (through the n8n engine, against the mock)', () => {
	let s: Social25Setup;

	beforeAll(async () => {
		s = await setupSocial25();
	});
	afterAll(() => s.mock.close());
	beforeEach(() => s.mock.server.reset());

	it('Tenant › Get returns the credential\'s tenant configuration', async () => {
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

	it('Agent › Get Many lists the agents', async () => {
		const result = await s.engine.runNode(social25('agent', 'getAll', { returnAll: true }));
		expect(result.items.map((i) => i.json.type)).toEqual(['HUMAN', 'HUMAN', 'AUTOMATED']);
		expect((await s.requests())[0].path).toBe(`/tenants/${s.samples.tenantId}/agents/`);
	});

	it('Agent › Create sends the agent type as its integer code', async () => {
		const result = await s.engine.runNode(
			social25('agent', 'create', { firstName: 'Alen', agentType: 'AUTOMATED', additionalFields: { last_name: 'D.', is_superuser: true, timezone: 'Europe/Brussels' } }),
		);
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ first_name: 'Alen', last_name: 'D.', type: 'AUTOMATED', is_manager: true, timezone: 'Europe/Brussels', tenant_id: s.samples.tenantId });
		const [post] = await s.requests({ method: 'POST' });
		expect(post.body).toEqual({ first_name: 'Alen', type: 1, last_name: 'D.', is_superuser: true, timezone: 'Europe/Brussels' });
		expect((await s.mock.state('social25')).agents).toHaveLength(4);
	});

	it('Agent › Update changes only the given fields (PUT with a partial body)', async () => {
		const result = await s.engine.runNode(social25('agent', 'update', { agentId: byId(s.samples.agentId), updateFields: { username: 'alen.d', type: 'HUMAN' } }));
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ id: s.samples.agentId, username: 'alen.d', type: 'HUMAN' });
		const [put] = await s.requests({ method: 'PUT' });
		expect(put.path).toBe(`/tenants/${s.samples.tenantId}/agents/${s.samples.agentId}/`);
		expect(put.body).toEqual({ username: 'alen.d', type: 0 });
		const agent = (await s.mock.state('social25')).agents.find((a: any) => a.id === s.samples.agentId);
		expect(agent.username).toBe('alen.d');
	});

	it('Agent › Update with nothing to change fails before sending', async () => {
		const result = await s.engine.runNode(social25('agent', 'update', { agentId: byId(s.samples.agentId), updateFields: {} }));
		expect(result.error?.message).toBe('"Update Fields" has no field to change (item 0)');
		expect(await s.requests()).toHaveLength(0);
	});

	it('retries a 429 honouring Retry-After, and reports a wrong token with DRF\'s detail', async () => {
		await s.mock.fault({ provider: 'social25', path: '/tenants/*/agents/', status: 429, retryAfter: 0, count: 1 });
		const retried = await s.engine.runNode(social25('agent', 'getAll', { returnAll: true }));
		expect(retried.status).toBe('success');
		expect((await s.requests()).map((r) => r.status)).toEqual([429, 200]);

		const engine = s.engine;
		engine.setCredentials('social25Api', { ...s.credential, accessToken: 'wrong' });
		try {
			const result = await engine.runNode(social25('agent', 'getAll', { returnAll: true }));
			expect(result.error?.httpCode).toBe('401');
			expect(result.error?.message).toBe('Invalid token.');
		} finally {
			engine.setCredentials('social25Api', s.credential);
		}
	});
});
