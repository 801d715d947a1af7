import { byId, social25, social25World } from './world';

describe('Social25 › Agent (through the n8n engine, against the mock)', () => {
	const s = social25World();

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

	it("retries a 429 honouring Retry-After, and reports a wrong token with DRF's detail", async () => {
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
