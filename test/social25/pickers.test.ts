import { social25World } from './world';

describe('Social25 pickers (list searches, as the editor calls them)', () => {
	const s = social25World({ resetEachTest: false });

	it('Tenant: the tenants the token reaches', async () => {
		const result = await s.listSearch('getTenants', {});
		expect(result.results).toEqual([{ name: expect.any(String), value: s.samples.tenantId }]);
	});

	it('Conversation: open and auto bot conversations, page by page, filtered by what is typed', async () => {
		const first = await s.listSearch('getConversations', {});
		expect(first.results).toHaveLength(5);
		expect(first.paginationToken).toBe('2');
		const second = await s.listSearch('getConversations', {}, undefined, first.paginationToken as string);
		expect(second.results).toHaveLength(3);
		expect(second.paginationToken).toBeUndefined();
		const all = [...first.results, ...second.results];
		expect(all.map((r) => r.value)).toContain(s.samples.whatsappConversationId);
		const facebook = await s.listSearch('getConversations', {}, 'facebook');
		expect(facebook.results.map((r) => r.value)).toEqual([s.samples.facebookConversationId]);
	});

	it("Agent: the tenant's agents, filtered by what is typed", async () => {
		const all = await s.listSearch('getAgents', {});
		expect(all.results).toHaveLength(3);
		expect(all.results.map((r) => r.value)).toContain(s.samples.agentId);
		const bots = await s.listSearch('getAgents', {}, 'bot');
		expect(bots.results.map((r) => r.name)).toEqual(['Welcome Bot (welcome.bot)']);
	});

	it('Template: the approved templates of the chosen conversation and language', async () => {
		const result = await s.listSearch('getTemplates', { conversationId: { __rl: true, mode: 'id', value: s.samples.whatsappConversationId }, language: 'en' });
		expect(result.results.map((r) => r.value)).toEqual(['order_shipped', 'agent_pickup']);
		const filtered = await s.listSearch('getTemplates', { conversationId: { __rl: true, mode: 'id', value: s.samples.whatsappConversationId }, language: 'en' }, 'shipped');
		expect(filtered.results.map((r) => r.value)).toEqual(['order_shipped']);
	});

	it('Platform: WhatsApp and SMS by external id for Initiate, WhatsApp by id for the deprecated V1', async () => {
		const initiate = await s.listSearch('getInitiatePlatforms', {});
		expect(initiate.results.map((r) => r.value)).toEqual([s.samples.whatsappPlatformExternalId, s.samples.smsPlatformExternalId]);
		const v1 = await s.listSearch('getWhatsAppPlatformIds', {});
		expect(v1.results.map((r) => r.value)).toEqual([String(s.samples.whatsappPlatformId)]);
	});
});
