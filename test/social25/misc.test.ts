import { eventually } from '../harness';
import { byId, setupSocial25, social25, type Social25Setup } from './helpers';

const DAY = 86_400_000;
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString().slice(0, 19);

describe('Social25 › Failed Sync, WhatsApp Template, User and the deprecated endpoints', () => {
	let s: Social25Setup;

	beforeAll(async () => {
		s = await setupSocial25();
	});
	afterAll(() => s.mock.close());
	beforeEach(() => s.mock.server.reset());

	describe('Failed Sync › Get Many', () => {
		it('lists the failed syncs of a window, sending naive UTC times', async () => {
			const result = await s.engine.runNode(social25('failedSync', 'getAll', { fromTime: iso(30 * DAY), tillTime: iso(DAY), returnAll: true }));
			expect(result.status).toBe('success');
			expect(result.items).toHaveLength(3);
			expect(result.items[0].json.log_message).toContain('INVALID_LOGIN');
			const [request] = await s.requests();
			expect(request.path).toBe(`/tenants/${s.samples.tenantId}/messages/failed/`);
			expect((request.query as any).from_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
			expect(request.query).toMatchObject({ type: 'standard' });
		});

		it('reports the 31-day limit and the 15-minute rule as Social25 answers them', async () => {
			const tooLong = await s.engine.runNode(social25('failedSync', 'getAll', { fromTime: iso(40 * DAY), tillTime: iso(DAY), returnAll: true }));
			expect(tooLong.error?.httpCode).toBe('400');
			expect(tooLong.error?.message).toBe('till_time: There can not be more than 31 days between from_time and till_time.');
			const tooRecent = await s.engine.runNode(social25('failedSync', 'getAll', { fromTime: iso(DAY), tillTime: iso(60_000), returnAll: true }));
			expect(tooRecent.error?.httpCode).toBe('400');
			expect(tooRecent.error?.message).toContain('till_time: Failed syncs can only be retrieved 15 minutes after');
		});
	});

	describe('WhatsApp Template › Get Many', () => {
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

	describe('User', () => {
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

	describe('deprecated endpoints', () => {
		it('Initiate One (Deprecated) posts to initiate_conversation with the platform id', async () => {
			const result = await s.engine.runNode(social25('conversation', 'initiateV1', { platform: byId(String(s.samples.whatsappPlatformId)), phoneNumber: '+31611122233' }));
			expect(result.status).toBe('success');
			expect(result.items[0].json.conversation_id).toBe(result.items[0].json.user_id);
			const [request] = await s.requests({ method: 'POST' });
			expect(request.path).toBe(`/tenants/${s.samples.tenantId}/initiate_conversation/`);
			expect(request.body).toEqual({ platform_id: String(s.samples.whatsappPlatformId), user_identifier: '+31611122233' });
		});

		it('Send Template HSM by Phone (Deprecated) posts to send_bulk_hsm and the message lands in a conversation', async () => {
			const result = await s.engine.runNode(
				social25('message', 'sendBulkHsm', {
					from: s.samples.whatsappPlatformExternalId,
					to: '0611122233',
					language: 'en',
					templateName: 'order_shipped',
					bodyParameters: { parameter: [{ text: 'Ada' }, { text: 'Z-9' }] },
					processSync: true,
					additionalFields: { firstName: 'Ada' },
				}),
			);
			expect(result.status).toBe('success');
			expect(result.items[0].json).toMatchObject({ status: 'success', processed: 1 });
			const [request] = await s.requests({ method: 'POST' });
			expect(request.path).toBe(`/tenants/${s.samples.tenantId}/send_bulk_hsm/`);
			expect(request.body.messages[0]).toEqual({ type: 'hsm', to: { phone_number: '0611122233', first_name: 'Ada' }, from: s.samples.whatsappPlatformExternalId, locale: 'en', name: 'order_shipped', parameters: ['Ada', 'Z-9'] });
			const conversation = (await s.mock.state('social25')).conversations.find((c: any) => c.user.phone_number === '31611122233');
			expect(conversation.last_message.text).toBe('Hi Ada, your order Z-9 has shipped.');
		});

		it('Send Media Template HSM (Deprecated) posts to media_template_hsm with a header image, asynchronously', async () => {
			const result = await s.engine.runNode(
				social25('message', 'sendMediaTemplateHsm', {
					from: s.samples.whatsappPlatformExternalId,
					to: '+31611122244',
					language: 'en',
					templateName: 'agent_pickup',
					bodyParameters: { parameter: [{ text: 'Bob' }] },
					processSync: false,
					headerMediaType: 'image',
					headerMediaUrl: 'https://example.com/banner.png',
				}),
			);
			expect(result.items[0].json).toEqual({ status: 'success', messageId: null, recipient: '+31611122244', conversationId: null });
			const [request] = await s.requests({ method: 'POST' });
			expect(request.path).toBe(`/tenants/${s.samples.tenantId}/media_template_hsm/`);
			expect(request.body.messages[0].components).toEqual([
				{ type: 'header', parameters: [{ type: 'image', image: { link: 'https://example.com/banner.png' } }] },
				{ type: 'body', parameters: [{ type: 'text', text: 'Bob' }] },
			]);
			const text = await eventually(async () => (await s.mock.state('social25')).conversations.find((c: any) => c.user.phone_number === '31611122244')?.last_message?.text);
			expect(text).toBe('Hello Bob, an agent will pick up your case shortly.');
		});

		it('marks the deprecated operations in their names and descriptions, pointing to the replacements', async () => {
			const description = s.engine.nodeType('social25').description;
			const operations = description.properties.filter((p) => p.name === 'operation').flatMap((p) => (p.options ?? []) as any[]);
			const deprecated = operations.filter((o) => /deprecated/i.test(o.name));
			expect(deprecated.map((o) => o.value).sort()).toEqual(['initiateV1', 'sendBulkHsm', 'sendMediaTemplateHsm']);
			for (const o of deprecated) expect(o.description).toMatch(/^DEPRECATED by Social25 .*use .+ instead/i);
			expect(description.usableAsTool).toBe(true);
		});
	});
});
