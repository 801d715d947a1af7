import { byId, wabbitWorld } from './world';

describe('Wabbit › Message Tagging (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Message Tagging › Create tags the message and its chat; Get and Delete; events record both', async () => {
		const { inboundMessageId, waId, tagId } = t.samples;
		const created = await t.run('messageTagging', 'create', { messageId: inboundMessageId, tag: { mode: 'list', value: String(tagId) }, extra: '{"reason":"angry customer"}' });
		expect(created.status).toBe('success');
		const tagging = created.items[0].json;
		expect(tagging).toEqual({ id: 1, tag: tagId, message: inboundMessageId, extra: { reason: 'angry customer' } });

		let state = await t.mock.state('wabbit');
		expect(state.chatTaggings).toEqual([{ id: 2, tag: tagId, chat: waId, extra: { reason: 'angry customer' } }]);

		const got = await t.run('messageTagging', 'get', { taggingId: tagging.id as number });
		expect(got.items[0].json).toEqual(tagging);

		const events = await t.run('messageTagging', 'getEvents', { returnAll: true, filters: { chat: waId } });
		expect(events.items).toHaveLength(1);
		expect(events.items[0].json).toMatchObject({ action: 'added', message: inboundMessageId, tag: { id: tagId, name: 'Agent needed' }, done_by: { username: 'konrad' } });

		const deleted = await t.run('messageTagging', 'delete', { taggingId: tagging.id as number });
		expect(deleted.items[0].json).toEqual({ deleted: true, id: tagging.id });
		state = await t.mock.state('wabbit');
		expect(state.messageTaggings).toEqual([]);
		const after = await t.run('messageTagging', 'getEvents', { returnAll: true, filters: { messageId: inboundMessageId } });
		expect(after.items.map((i) => i.json.action)).toEqual(['removed', 'added']);
		const deleteRequest = (await t.apiRequests({ method: 'DELETE' }))[0];
		expect(deleteRequest).toMatchObject({ path: `/api/v1/message_tagging/${tagging.id}/`, status: 204 });
	});

	it("Message Tagging › Create twice for the same message and tag fails with Wabbit's unique-pair error", async () => {
		const parameters = { messageId: t.samples.inboundMessageId, tag: byId(t.samples.tagId) };
		await t.run('messageTagging', 'create', parameters);
		const again = await t.run('messageTagging', 'create', parameters);
		expect(again.status).toBe('error');
		expect(again.error?.httpCode).toBe('400');
		expect(again.error?.message).toBe('The fields tag, message must make a unique set.');
	});
});
