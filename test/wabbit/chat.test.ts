import { byId, wabbitWorld } from './world';

describe('Wabbit › Chat (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Get Many: newest chats first with their new-message counts, up to Limit', async () => {
		const result = await t.run('chat', 'getMany', { limit: 4 });
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(4);
		const times = result.items.map((i) => (i.json.contact as { last_message_timestamp: number }).last_message_timestamp);
		expect([...times].sort((a, b) => b - a)).toEqual(times);
		expect(result.items[0].json).toMatchObject({ wa_id: t.samples.waId, new_messages: 2 });
		const [request] = await t.apiRequests();
		expect(request.query).toEqual({ limit: '4', offset: '0' });
	});

	it('Get Many with Return All follows limit/offset pages to the end', async () => {
		// 6 seeded chats and 100 new customers: two pages of 100.
		for (let i = 0; i < 100; i++) await t.mock.simulate('wabbit', 'message', { wa_id: `48500000${String(i).padStart(3, '0')}`, text: 'new here' });
		const result = await t.run('chat', 'getMany', { returnAll: true });
		expect(result.items).toHaveLength(106);
		expect(new Set(result.items.map((i) => i.json.wa_id)).size).toBe(106);
		const requests = await t.apiRequests({ path: '/api/v1/chats/' });
		expect(requests.map((r) => r.query)).toEqual([
			{ limit: '100', offset: '0' },
			{ limit: '100', offset: '100' },
		]);
	});

	it('Get Many filters by search text, assignment to me and assigned group', async () => {
		const search = await t.run('chat', 'getMany', { returnAll: true, filters: { search: t.samples.waIdAssignedToAnna } });
		expect(search.items.map((i) => i.json.wa_id)).toEqual([t.samples.waIdAssignedToAnna]);
		const group = await t.run('chat', 'getMany', { returnAll: true, filters: { assignedGroup: t.samples.agentsGroupId } });
		expect(group.items.map((i) => i.json.wa_id)).toEqual([t.samples.waIdOfAgentsGroup]);
		const mine = await t.run('chat', 'getMany', { returnAll: true, filters: { assignedToMe: true } });
		expect(mine.items).toHaveLength(0);
		const requests = await t.apiRequests({ path: '/api/v1/chats/' });
		expect(requests.map((r) => r.query)).toEqual([
			{ search: t.samples.waIdAssignedToAnna, limit: '100', offset: '0' },
			{ assigned_group: String(t.samples.agentsGroupId), limit: '100', offset: '0' },
			{ assigned_to_me: 'true', limit: '100', offset: '0' },
		]);
	});

	it('Get returns one chat by a typed phone number', async () => {
		const result = await t.run('chat', 'get', { chat: { mode: 'id', value: `+${t.samples.waIdAssignedToAnna.slice(0, 2)} ${t.samples.waIdAssignedToAnna.slice(2)}` } });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ wa_id: t.samples.waIdAssignedToAnna, assigned_to_user: { id: t.samples.annaUserId } });
		const [request] = await t.apiRequests();
		expect(request.path).toBe(`/api/v1/chats/${t.samples.waIdAssignedToAnna}/`);
	});

	it("Get of an unknown chat fails with Wabbit's 404 detail", async () => {
		const result = await t.run('chat', 'get', { chat: byId('48999999999') });
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe('Not found.');
	});

	it("Get Assignment, Set Assignment (PUT) and Update Assignment (PATCH) change the mock's state", async () => {
		const { waId, annaUserId, agentsGroupId } = t.samples;
		const get = await t.run('chat', 'getAssignment', { chat: byId(waId) });
		expect(get.items[0].json).toEqual({ wa_id: waId, assigned_to_user: null, assigned_group: null });

		const put = await t.run('chat', 'setAssignment', { chat: byId(waId), assignedUser: byId(annaUserId), assignedGroup: byId(agentsGroupId) });
		expect(put.items[0].json).toEqual({ wa_id: waId, assigned_to_user: annaUserId, assigned_group: agentsGroupId });

		const patch = await t.run('chat', 'updateAssignment', { chat: byId(waId), userChange: 'clear', groupChange: 'keep' });
		expect(patch.items[0].json).toEqual({ wa_id: waId, assigned_to_user: null, assigned_group: agentsGroupId });

		const writes = await t.apiRequests({ path: '/api/v1/chat_assignment/' });
		expect(writes.map((r) => [r.method, r.body])).toEqual([
			['GET', undefined],
			['PUT', { wa_id: waId, assigned_to_user: annaUserId, assigned_group: agentsGroupId }],
			['PATCH', { assigned_to_user: null }],
		]);
		expect((await t.mock.state('wabbit')).assignments[waId]).toEqual({ user: null, group: agentsGroupId });
	});

	it('Set Assignment with empty pickers clears both sides', async () => {
		const { waIdAssignedToAnna } = t.samples;
		const result = await t.run('chat', 'setAssignment', { chat: byId(waIdAssignedToAnna), assignedUser: { mode: 'list', value: '' }, assignedGroup: { mode: 'list', value: '' } });
		expect(result.items[0].json).toEqual({ wa_id: waIdAssignedToAnna, assigned_to_user: null, assigned_group: null });
	});

	it('Get Assignment Events lists who assigned what, newest first, and follows before_time pages', async () => {
		const { waId, annaUserId, botUserId } = t.samples;
		await t.run('chat', 'updateAssignment', { chat: byId(waId), userChange: 'set', assignedUser: byId(annaUserId) });
		await t.run('chat', 'updateAssignment', { chat: byId(waId), userChange: 'set', assignedUser: byId(botUserId) });
		const result = await t.run('chat', 'getAssignmentEvents', { returnAll: true, filters: { chat: waId } });
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json).toMatchObject({ wa_id: waId, assigned_to_user_set: { id: botUserId }, done_by: { username: 'konrad' } });
		expect(result.items[1].json).toMatchObject({ wa_id: waId, assigned_to_user_set: { id: annaUserId } });
		const limited = await t.run('chat', 'getAssignmentEvents', { limit: 1, filters: { chat: waId } });
		expect(limited.items).toHaveLength(1);
		const [request] = await t.apiRequests({ path: '/api/v1/chat_assignment_events/' });
		expect(request.query).toMatchObject({ wa_id: waId, limit: '100' });
	});

	it("a regular user cannot take a chat someone else has (403 with Wabbit's reason)", async () => {
		const piotr = await t.engineWithToken(t.credentials.tokens.otherUser);
		const result = await t.run('chat', 'updateAssignment', { chat: byId(t.samples.waIdAssignedToAnna), userChange: 'set', assignedUser: byId(3) }, { engine: piotr });
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('403');
		expect(result.error?.message).toContain('already assigned');
		expect((await t.mock.state('wabbit')).assignments[t.samples.waIdAssignedToAnna].user).toBe(t.samples.annaUserId);
	});
});
