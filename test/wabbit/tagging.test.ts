import { apiRequests, byId, engineWithToken, node, setup, type WabbitSetup } from './helpers';

describe('Wabbit › Tag, Message Tagging, Chat Tagging (through the n8n engine, against the mock)', () => {
	let t: WabbitSetup;

	beforeAll(async () => {
		t = await setup();
	});
	afterAll(() => t.mock.close());
	beforeEach(() => t.mock.server.reset());

	it('Tag › Create and Get Many', async () => {
		const created = await t.engine.runNode(node('tag', 'create', { name: 'Callback requested', additionalFields: { webInboxColor: '#00ff00' } }));
		expect(created.items[0].json).toEqual({ id: 4, name: 'Callback requested', web_inbox_color: '#00ff00' });
		const [request] = await apiRequests(t.mock, { method: 'POST' });
		expect(request.body).toEqual({ name: 'Callback requested', web_inbox_color: '#00ff00' });

		const all = await t.engine.runNode(node('tag', 'getMany', { returnAll: true }));
		expect(all.items.map((i) => i.json.name)).toEqual(['Agent needed', 'VIP', 'Spam', 'Callback requested']);
		const two = await t.engine.runNode(node('tag', 'getMany', { limit: 2 }));
		expect(two.items).toHaveLength(2);

		const duplicate = await t.engine.runNode({ ...node('tag', 'create', { name: 'VIP' }), continueOnFail: true });
		expect(duplicate.items[0].json.error).toBe('name: tag with this name already exists.');
	});

	it('Message Tagging › Create tags the message and its chat; Get and Delete; events record both', async () => {
		const { inboundMessageId, waId, tagId } = t.creds.samples;
		const created = await t.engine.runNode(node('messageTagging', 'create', { messageId: inboundMessageId, tag: { mode: 'list', value: String(tagId) }, extra: '{"reason":"angry customer"}' }));
		expect(created.status).toBe('success');
		const tagging = created.items[0].json;
		expect(tagging).toEqual({ id: 1, tag: tagId, message: inboundMessageId, extra: { reason: 'angry customer' } });

		let state = await t.mock.state('wabbit');
		expect(state.chatTaggings).toEqual([{ id: 2, tag: tagId, chat: waId, extra: { reason: 'angry customer' } }]);

		const got = await t.engine.runNode(node('messageTagging', 'get', { taggingId: tagging.id }));
		expect(got.items[0].json).toEqual(tagging);

		const events = await t.engine.runNode(node('messageTagging', 'getEvents', { returnAll: true, filters: { chat: waId } }));
		expect(events.items).toHaveLength(1);
		expect(events.items[0].json).toMatchObject({ action: 'added', message: inboundMessageId, tag: { id: tagId, name: 'Agent needed' }, done_by: { username: 'konrad' } });

		const deleted = await t.engine.runNode(node('messageTagging', 'delete', { taggingId: tagging.id }));
		expect(deleted.items[0].json).toEqual({ deleted: true, id: tagging.id });
		state = await t.mock.state('wabbit');
		expect(state.messageTaggings).toEqual([]);
		const after = await t.engine.runNode(node('messageTagging', 'getEvents', { returnAll: true, filters: { messageId: inboundMessageId } }));
		expect(after.items.map((i) => i.json.action)).toEqual(['removed', 'added']);
		const deleteRequest = (await apiRequests(t.mock, { method: 'DELETE' }))[0];
		expect(deleteRequest).toMatchObject({ path: `/api/v1/message_tagging/${tagging.id}/`, status: 204 });
	});

	it('Message Tagging › Create twice for the same message and tag fails with Wabbit\'s unique-pair error', async () => {
		const parameters = { messageId: t.creds.samples.inboundMessageId, tag: byId(t.creds.samples.tagId) };
		await t.engine.runNode(node('messageTagging', 'create', parameters));
		const again = await t.engine.runNode(node('messageTagging', 'create', parameters));
		expect(again.status).toBe('error');
		expect(again.error?.httpCode).toBe('400');
		expect(again.error?.message).toBe('The fields tag, message must make a unique set.');
	});

	it('Chat Tagging › Create, Get, Get Events and Delete', async () => {
		const { waIdAssignedToAnna } = t.creds.samples;
		const created = await t.engine.runNode(node('chatTagging', 'create', { chat: byId(waIdAssignedToAnna), tag: byId(2), extra: '{}' }));
		const tagging = created.items[0].json;
		expect(tagging).toEqual({ id: 1, tag: 2, chat: waIdAssignedToAnna, extra: null });
		const chat = await t.engine.runNode(node('chat', 'get', { chat: byId(waIdAssignedToAnna) }));
		expect(chat.items[0].json.tags).toEqual([{ id: 2, name: 'VIP', web_inbox_color: '#fdd835', tagging_id: 1, extra: null }]);

		expect((await t.engine.runNode(node('chatTagging', 'get', { taggingId: 1 }))).items[0].json).toEqual(tagging);
		const events = await t.engine.runNode(node('chatTagging', 'getEvents', { limit: 10, filters: { chat: waIdAssignedToAnna } }));
		expect(events.items[0].json).toMatchObject({ action: 'added', chat: waIdAssignedToAnna, tag: { name: 'VIP' } });

		expect((await t.engine.runNode(node('chatTagging', 'delete', { taggingId: 1 }))).items[0].json).toEqual({ deleted: true, id: 1 });
		expect((await t.mock.state('wabbit')).chatTaggings).toEqual([]);
		const missing = await t.engine.runNode(node('chatTagging', 'get', { taggingId: 1 }));
		expect(missing.error?.httpCode).toBe('404');
	});

	it('a user without the tags permission gets 403', async () => {
		await t.engine.runNode(node('user', 'update', { user: byId(t.creds.samples.annaUserId), updateFields: { canUseTags: false } }));
		const anna = await engineWithToken(t.mock, t.creds.tokens.user);
		const result = await anna.runNode(node('chatTagging', 'create', { chat: byId(t.creds.samples.waIdAssignedToAnna), tag: byId(1) }));
		expect(result.error?.httpCode).toBe('403');
		expect(result.error?.message).toBe('You are not allowed to use tags.');
	});
});
