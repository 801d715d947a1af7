import { spotlerWorld } from './setup';

const companyPath = (id: string) => `/companies/${id}`;

describe('Spotler › company resources (agents, assistants, API keys, companies, labels, teams)', () => {
	const w = spotlerWorld();
	const company = (id?: string) => ({ mode: 'id', value: id ?? '' });

	describe('Agent', () => {
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

	describe('Assistant', () => {
		it('gets many assistants and updates one', async () => {
			const list = await w.run('assistant', 'getAll', { company: company(), returnAll: true });
			expect(list.items.map((i) => i.json.jid)).toContain(w.samples.assistantJid);
			const updated = await w.run('assistant', 'update', {
				company: company(),
				assistant: { mode: 'list', value: w.samples.assistantJid },
				updateFields: { description: 'Night shift bot', enabled: false },
			});
			expect(updated.items[0].json).toMatchObject({ jid: w.samples.assistantJid, description: 'Night shift bot', enabled: false });
			const patch = (await w.requests({ method: 'PATCH' }))[0];
			expect(patch.body).toEqual({ description: 'Night shift bot', enabled: false });
			expect((await w.state()).assistants.find((a: any) => a.jid === w.samples.assistantJid).enabled).toBe(false);
		});

		it('answers 1005 when nothing is to be updated', async () => {
			const result = await w.run('assistant', 'update', { company: company(), assistant: { mode: 'id', value: w.samples.assistantJid }, updateFields: {} });
			expect(result.error?.httpCode).toBe('400');
			expect(result.error?.description).toContain('error 1005');
		});
	});

	describe('API Key', () => {
		it('gets the current key and, with a company key, all keys (never their secrets)', async () => {
			const current = await w.run('apiKey', 'getCurrent');
			expect(current.items[0].json).toMatchObject({ scope: 'COMPANY' });
			expect(current.items[0].json.token).toBeUndefined();
			const all = await w.run('apiKey', 'getAll', { returnAll: true });
			expect(all.items.map((i) => i.json.scope).sort()).toEqual(['ASSISTANT', 'CHANNEL', 'COMPANY']);
			expect(JSON.stringify(all.items)).not.toContain(w.credential.apiKey);
		});
	});

	describe('Company', () => {
		it('gets the current company, many companies and one company', async () => {
			const current = await w.run('company', 'getCurrent');
			expect(current.items[0].json.id).toBe(w.samples.companyId);
			const many = await w.run('company', 'getAll', { returnAll: true });
			expect(many.items.map((i) => i.json.id)).toEqual([w.samples.companyId]);
			const one = await w.run('company', 'get', { company: { mode: 'list', value: w.samples.companyId } });
			expect(one.items[0].json).toEqual(current.items[0].json);
			const unknown = await w.run('company', 'get', { company: company('458e633a-ab50-445f-9d1f-52afbf720ec3') });
			expect(unknown.error?.httpCode).toBe('404');
		});
	});

	describe('Label', () => {
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

	describe('Team', () => {
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
});
