import { spotlerWorld } from './world';

const companyPath = (id: string) => `/companies/${id}`;

describe('Spotler › Agent', () => {
	const w = spotlerWorld();
	const company = (id?: string) => ({ mode: 'id', value: id ?? '' });

	it('gets many agents of the current company when no company is chosen, cut to the limit', async () => {
		const result = await w.run('agent', 'getAll', { company: company(), returnAll: false, limit: 2 });
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({ email: w.samples.agentEmail, jid: expect.stringMatching(/@agent\.eazy\.im$/), name: { fullName: expect.any(String) } });
		const paths = (await w.requests()).map((r) => `${r.method} ${r.path}`);
		expect(paths).toEqual(['GET /companies/current', `GET ${companyPath(w.samples.companyId)}/agents`]);
		const all = await w.run('agent', 'getAll', { company: company(w.samples.companyId), returnAll: true });
		expect(all.items).toHaveLength((await w.state()).agents.length);
	});

	it('gets one agent by e-mail, encoded in the path', async () => {
		const result = await w.run('agent', 'get', { company: company(w.samples.companyId), agent: { mode: 'id', value: w.samples.agentEmail } });
		expect(result.items[0].json.email).toBe(w.samples.agentEmail);
		const [request] = await w.requests();
		expect(request.path).toBe(`${companyPath(w.samples.companyId)}/agents/${encodeURIComponent(w.samples.agentEmail)}`);
		const missing = await w.run('agent', 'get', { company: company(w.samples.companyId), agent: { mode: 'id', value: 'nobody@example.com' } });
		expect(missing.error?.httpCode).toBe('404');
		expect(missing.error?.description).toContain('error 1009');
	});
});
