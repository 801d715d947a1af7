import { listSearch, setupSocial25, type Social25Setup } from './helpers';

describe('Social25 pickers (list searches, as the editor calls them)', () => {
	let s: Social25Setup;

	beforeAll(async () => {
		s = await setupSocial25();
	});
	afterAll(() => s.mock.close());

	it('Tenant: the tenants the token reaches', async () => {
		const result = await listSearch(s.engine, 'getTenants', {});
		expect(result.results).toEqual([{ name: expect.any(String), value: s.samples.tenantId }]);
	});

	it('Conversation: open and auto bot conversations, page by page, filtered by what is typed', async () => {
		const first = await listSearch(s.engine, 'getConversations', {});
		expect(first.results).toHaveLength(5);
		expect(first.paginationToken).toBe('2');
		const second = await listSearch(s.engine, 'getConversations', {}, undefined, first.paginationToken as string);
		expect(second.results).toHaveLength(3);
		expect(second.paginationToken).toBeUndefined();
		const all = [...first.results, ...second.results];
		expect(all.map((r) => r.value)).toContain(s.samples.whatsappConversationId);
		const facebook = await listSearch(s.engine, 'getConversations', {}, 'facebook');
		expect(facebook.results.map((r) => r.value)).toEqual([s.samples.facebookConversationId]);
	});

	it('Agent: the tenant\'s agents, filtered by what is typed', async () => {
		const all = await listSearch(s.engine, 'getAgents', {});
		expect(all.results).toHaveLength(3);
		expect(all.results.map((r) => r.value)).toContain(s.samples.agentId);
		const bots = await listSearch(s.engine, 'getAgents', {}, 'bot');
		expect(bots.results.map((r) => r.name)).toEqual(['Welcome Bot (welcome.bot)']);
	});

	it('Template: the approved templates of the chosen conversation and language', async () => {
		const result = await listSearch(s.engine, 'getTemplates', { conversationId: { __rl: true, mode: 'id', value: s.samples.whatsappConversationId }, language: 'en' });
		expect(result.results.map((r) => r.value)).toEqual(['order_shipped', 'agent_pickup']);
		const filtered = await listSearch(s.engine, 'getTemplates', { conversationId: { __rl: true, mode: 'id', value: s.samples.whatsappConversationId }, language: 'en' }, 'shipped');
		expect(filtered.results.map((r) => r.value)).toEqual(['order_shipped']);
	});

	it('Platform: WhatsApp and SMS by external id for Initiate, WhatsApp by id for the deprecated V1', async () => {
		const initiate = await listSearch(s.engine, 'getInitiatePlatforms', {});
		expect(initiate.results.map((r) => r.value)).toEqual([s.samples.whatsappPlatformExternalId, s.samples.smsPlatformExternalId]);
		const v1 = await listSearch(s.engine, 'getWhatsAppPlatformIds', {});
		expect(v1.results.map((r) => r.value)).toEqual([String(s.samples.whatsappPlatformId)]);
	});
});
