import { byId, wabbitWorld } from './world';

describe('Wabbit › Chat Tagging (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Chat Tagging › Create, Get, Get Events and Delete', async () => {
		const { waIdAssignedToAnna } = t.samples;
		const created = await t.run('chatTagging', 'create', { chat: byId(waIdAssignedToAnna), tag: byId(2), extra: '{}' });
		const tagging = created.items[0].json;
		expect(tagging).toEqual({ id: 1, tag: 2, chat: waIdAssignedToAnna, extra: null });
		const chat = await t.run('chat', 'get', { chat: byId(waIdAssignedToAnna) });
		expect(chat.items[0].json.tags).toEqual([{ id: 2, name: 'VIP', web_inbox_color: '#fdd835', tagging_id: 1, extra: null }]);

		expect((await t.run('chatTagging', 'get', { taggingId: 1 })).items[0].json).toEqual(tagging);
		const events = await t.run('chatTagging', 'getEvents', { limit: 10, filters: { chat: waIdAssignedToAnna } });
		expect(events.items[0].json).toMatchObject({ action: 'added', chat: waIdAssignedToAnna, tag: { name: 'VIP' } });

		expect((await t.run('chatTagging', 'delete', { taggingId: 1 })).items[0].json).toEqual({ deleted: true, id: 1 });
		expect((await t.mock.state('wabbit')).chatTaggings).toEqual([]);
		const missing = await t.run('chatTagging', 'get', { taggingId: 1 });
		expect(missing.error?.httpCode).toBe('404');
	});

	it('a user without the tags permission gets 403', async () => {
		await t.run('user', 'update', { user: byId(t.samples.annaUserId), updateFields: { canUseTags: false } });
		const anna = await t.engineWithToken(t.credentials.tokens.user);
		const result = await t.run('chatTagging', 'create', { chat: byId(t.samples.waIdAssignedToAnna), tag: byId(1) }, { engine: anna });
		expect(result.error?.httpCode).toBe('403');
		expect(result.error?.message).toBe('You are not allowed to use tags.');
	});
});
