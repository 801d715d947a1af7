import { byId, social25, social25World } from './world';

describe('Social25 › Conversation (through the n8n engine, against the mock)', () => {
	const s = social25World();

	const stateOf = async (id: string) => (await s.mock.state('social25')).conversations.find((c: any) => c.id === id);

	it('Get Many with Return All follows `next` over every page (open and auto bot by default)', async () => {
		const result = await s.engine.runNode(social25('conversation', 'getAll', { returnAll: true }));
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(8);
		expect(new Set(result.items.map((i) => i.json.state))).toEqual(new Set(['OPEN', 'AUTO_BOT']));
		const gets = await s.requests({ method: 'GET', path: '/conversations/' });
		expect(gets.map((r) => r.query)).toEqual([{}, { page: '2' }]);
		expect(gets[0].path).toBe(`/tenants/${s.samples.tenantId}/conversations/`);
	});

	it('Get Many with a Limit stops after the page that reaches it', async () => {
		const result = await s.engine.runNode(social25('conversation', 'getAll', { returnAll: false, limit: 3 }));
		expect(result.items).toHaveLength(3);
		expect(await s.requests({ method: 'GET' })).toHaveLength(1);
	});

	it('Get Many filters by state', async () => {
		const result = await s.engine.runNode(social25('conversation', 'getAll', { state: 'closed', returnAll: true }));
		expect(result.items.map((i) => i.json.state)).toEqual(['CLOSED', 'CLOSED']);
		const [request] = await s.requests({ method: 'GET' });
		expect(request.query).toEqual({ state: 'closed' });
	});

	it('Get returns one conversation; the tenant can come from the picker instead of the credential', async () => {
		const engine = s.engine;
		engine.setCredentials('social25Api', { ...s.credential, tenantId: '' });
		try {
			const result = await engine.runNode(social25('conversation', 'get', { conversationId: byId(s.samples.whatsappConversationId), tenant: byId(s.samples.tenantId) }));
			expect(result.status).toBe('success');
			expect(result.items).toHaveLength(1);
			expect(result.items[0].json).toMatchObject({ id: s.samples.whatsappConversationId, platform: { source: 'whatsapp' } });
			const missing = await engine.runNode(social25('conversation', 'get', { conversationId: byId(s.samples.whatsappConversationId) }));
			expect(missing.status).toBe('error');
			expect(missing.error?.message).toContain('"Tenant" is empty and the credential has no tenant ID');
		} finally {
			engine.setCredentials('social25Api', s.credential);
		}
	});

	it("Get of an unknown conversation reports Social25's 404 detail", async () => {
		const result = await s.engine.runNode(social25('conversation', 'get', { conversationId: byId('00000000-0000-4000-8000-000000000000') }));
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe('Not found.');
		expect(result.error?.description).toContain('Social25 answered HTTP 404');
	});

	it('Update State sends the documented integer code and custom data', async () => {
		const result = await s.engine.runNode(
			social25('conversation', 'updateState', { conversationId: byId(s.samples.whatsappConversationId), newState: 'AUTO_BOT', customData: '{ "bot_outcome": "closed_lost" }' }),
		);
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ state: 'AUTO_BOT', custom_data: { bot_outcome: 'closed_lost' } });
		const [put] = await s.requests({ method: 'PUT' });
		expect(put.body).toEqual({ action: 'change_state', state: 2, custom_data: { bot_outcome: 'closed_lost' } });
		expect((await stateOf(s.samples.whatsappConversationId)).state).toBe('AUTO_BOT');

		for (const [name, code] of [
			['OPEN', 0],
			['EXPIRED', 1],
			['CLOSED', 3],
		] as const) {
			await s.engine.runNode(social25('conversation', 'updateState', { conversationId: byId(s.samples.whatsappConversationId), newState: name }));
			expect((await s.requests({ method: 'PUT' })).at(-1)!.body).toEqual({ action: 'change_state', state: code });
			expect((await stateOf(s.samples.whatsappConversationId)).state).toBe(name);
		}
	});

	it('Update State refuses custom data that is not a JSON object before sending', async () => {
		const result = await s.engine.runNode(social25('conversation', 'updateState', { conversationId: byId(s.samples.whatsappConversationId), newState: 'OPEN', customData: '[1, 2]' }));
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Custom Data" must be a JSON object (item 0)');
		expect(await s.requests({ method: 'PUT' })).toHaveLength(0);
	});

	it('Delete uses the documented singular path and removes the conversation and its messages', async () => {
		const before = await stateOf(s.samples.whatsappConversationId);
		const result = await s.engine.runNode(social25('conversation', 'delete', { conversationId: byId(s.samples.whatsappConversationId) }));
		expect(result.status).toBe('success');
		expect(result.items[0].json).toEqual({
			messages: { destroyed_message_ids: before.messages.map((m: any) => m.id), destroyed: true },
			conversations: { destroyed_conversation_ids: [s.samples.whatsappConversationId], destroyed: true },
			sucess: true,
		});
		const [request] = await s.requests({ method: 'DELETE' });
		expect(request.path).toBe(`/tenants/${s.samples.tenantId}/conversation/${s.samples.whatsappConversationId}/delete/`);
		expect(await stateOf(s.samples.whatsappConversationId)).toBeUndefined();
	});

	it('Get Tags lists the tags in use', async () => {
		const result = await s.engine.runNode(social25('conversation', 'getTags'));
		const state = await s.mock.state('social25');
		const used = [...new Set(state.conversations.flatMap((c: any) => c.tags))].sort();
		expect(used.length).toBeGreaterThan(0);
		expect(result.items[0].json).toEqual({ tags: used });
		expect((await s.requests({ method: 'GET' }))[0].path).toBe(`/tenants/${s.samples.tenantId}/conversations/tags/`);
	});

	it('Initiate One (Deprecated) posts to initiate_conversation with the platform id', async () => {
		const result = await s.engine.runNode(social25('conversation', 'initiateV1', { platform: byId(String(s.samples.whatsappPlatformId)), phoneNumber: '+31611122233' }));
		expect(result.status).toBe('success');
		expect(result.items[0].json.conversation_id).toBe(result.items[0].json.user_id);
		const [request] = await s.requests({ method: 'POST' });
		expect(request.path).toBe(`/tenants/${s.samples.tenantId}/initiate_conversation/`);
		expect(request.body).toEqual({ platform_id: String(s.samples.whatsappPlatformId), user_identifier: '+31611122233' });
	});
});
