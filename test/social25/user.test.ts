import { byId, social25, social25World } from './world';

describe('Social25 › User', () => {
	const s = social25World();

	it('Block and Unblock use the conversation; its state follows', async () => {
		const block = await s.engine.runNode(social25('user', 'block', { conversationId: byId(s.samples.whatsappConversationId) }));
		expect(block.items[0].json).toEqual({ message: 'OK', data: {} });
		const stateOf = async () => (await s.mock.state('social25')).conversations.find((c: any) => c.id === s.samples.whatsappConversationId).state;
		expect(await stateOf()).toBe('BLOCKED');
		const send = await s.engine.runNode(social25('message', 'sendText', { conversationId: byId(s.samples.whatsappConversationId), text: 'hi' }));
		expect(send.error?.message).toBe('The user is blocked on this platform.');
		await s.engine.runNode(social25('user', 'unblock', { conversationId: byId(s.samples.whatsappConversationId) }));
		expect(await stateOf()).toBe('OPEN');
		const paths = (await s.requests({ method: 'POST' })).map((r) => r.path).filter((p) => !p.endsWith('/messages/'));
		expect(paths).toEqual([
			`/tenants/${s.samples.tenantId}/conversation/${s.samples.whatsappConversationId}/block/`,
			`/tenants/${s.samples.tenantId}/conversation/${s.samples.whatsappConversationId}/unblock/`,
		]);
	});

	it('Delete removes the user with their conversations and messages', async () => {
		const result = await s.engine.runNode(social25('user', 'delete', { userId: s.samples.whatsappUserId }));
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ success: true, user: { destroyed: true }, conversations: { destroyed_conversation_ids: [s.samples.whatsappConversationId] } });
		const state = await s.mock.state('social25');
		expect(state.users.find((u: any) => u.id === s.samples.whatsappUserId)).toBeUndefined();
		expect(state.conversations.find((c: any) => c.id === s.samples.whatsappConversationId)).toBeUndefined();
	});
});
