import { byId, social25, social25World } from './world';

describe('Social25 › WhatsApp Template › Get Many', () => {
	const s = social25World();

	it('returns one item per approved template of the language, with language and namespace', async () => {
		const result = await s.engine.runNode(social25('whatsAppTemplate', 'getAll', { conversationId: byId(s.samples.whatsappConversationId), language: 'nl' }));
		expect(result.status).toBe('success');
		expect(result.items.map((i) => i.json.name)).toEqual(['order', 'klant_message']);
		expect(result.items[0].json).toMatchObject({ language: 'nl', category: 'Order', namespace: expect.stringMatching(/^[0-9a-f-]{36}$/) });
		const [request] = await s.requests();
		expect(request.path).toBe(`/tenants/${s.samples.tenantId}/conversations/${s.samples.whatsappConversationId}/whatsapp_templates/`);
		expect(request.query).toEqual({ language: 'nl' });
	});
});
