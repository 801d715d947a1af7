import { eventually } from '../harness';
import { byId, setupSocial25, social25, type Social25Setup } from './helpers';

describe('Social25 › bulk operations (many items, few requests)', () => {
	let s: Social25Setup;

	beforeAll(async () => {
		s = await setupSocial25();
	});
	afterAll(() => s.mock.close());
	beforeEach(() => s.mock.server.reset());

	const openWhatsApp = async (): Promise<string[]> =>
		(await s.mock.state('social25')).conversations.filter((c: any) => c.state === 'OPEN' && c.platform.source === 'whatsapp').map((c: any) => c.id);

	describe('Message › Send in Bulk', () => {
		it('sends 7 items as ceil(7 / 3) = 3 bulk requests; the messages appear once Social25 has processed them', async () => {
			const conversations = await openWhatsApp();
			const items = Array.from({ length: 7 }, (_, i) => ({ json: { conversation: conversations[i % conversations.length], name: `Customer ${i}` } }));
			const result = await s.engine.runNode(
				social25('message', 'sendBulk', { conversationId: byId('={{ $json.conversation }}'), bulkMessageType: 'text', text: '=Hello {{ $json.name }}', batchSize: 3 }),
				items,
			);
			expect(result.status).toBe('success');
			expect(result.items.map((i) => i.json.batch)).toEqual([1, 1, 1, 2, 2, 2, 3]);
			expect(result.items.every((i) => i.json.status === 'success')).toBe(true);
			expect(result.items.map((i) => i.pairedItem)).toEqual(items.map((_, item) => ({ item })));

			const requests = await s.requests({ method: 'POST' });
			expect(requests).toHaveLength(Math.ceil(7 / 3));
			expect(requests.every((r) => r.path === `/tenants/${s.samples.tenantId}/conversations/messages/bulk/`)).toBe(true);
			expect(requests.map((r) => r.body.length)).toEqual([3, 3, 1]);
			expect(requests[0].body[0]).toEqual({ conversation_id: conversations[0], type: 'text', text: 'Hello Customer 0' });

			const texts = await eventually(async () => {
				const state = await s.mock.state('social25');
				if (!state.bulkJobs.every((j: any) => j.done)) return undefined;
				return state.conversations.flatMap((c: any) => c.messages).filter((m: any) => m.outbound).map((m: any) => m.text);
			});
			expect(texts.sort()).toEqual(items.map((i) => `Hello ${i.json.name}`).sort());
		});

		it('250 recipients with the default batch size make 3 requests, not 250', async () => {
			const [conversation] = await openWhatsApp();
			const items = Array.from({ length: 250 }, (_, i) => ({ json: { i } }));
			const result = await s.engine.runNode(
				social25('message', 'sendBulk', { conversationId: byId(conversation), bulkMessageType: 'text', text: '=Broadcast {{ $json.i }}' }),
				items,
			);
			expect(result.items).toHaveLength(250);
			const requests = await s.requests({ method: 'POST' });
			expect(requests).toHaveLength(3);
			expect(requests.every((r) => r.status === 200)).toBe(true);
			const job = await eventually(async () => (await s.mock.state('social25')).bulkJobs.every((j: any) => j.done) && (await s.mock.state('social25')).bulkJobs);
			expect(job.map((j: any) => j.received)).toEqual([100, 100, 50]);
		});

		it('sends WhatsApp templates as lower-case media_hsm items with body parameters', async () => {
			const [first, second] = await openWhatsApp();
			// Version 1's Body Parameters (version 2 is in templates.test.ts).
			const result = await s.engine.runNode(
				{
					...social25('message', 'sendBulk', {
						conversationId: byId('={{ $json.c }}'),
						bulkMessageType: 'media_hsm',
						language: 'en',
						template: { __rl: true, mode: 'name', value: 'order_shipped' },
						bodyParameters: { parameter: [{ text: '={{ $json.name }}' }, { text: '={{ $json.order }}' }] },
					}),
					typeVersion: 1,
				},
				[{ json: { c: first, name: 'Ada', order: 'A-1' } }, { json: { c: second, name: 'Bob', order: 'B-2' } }],
			);
			expect(result.status).toBe('success');
			const [request] = await s.requests({ method: 'POST' });
			expect(request.body).toEqual([
				{ conversation_id: first, type: 'media_hsm', locale: 'en', name: 'order_shipped', components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ada' }, { type: 'text', text: 'A-1' }] }] },
				{ conversation_id: second, type: 'media_hsm', locale: 'en', name: 'order_shipped', components: [{ type: 'body', parameters: [{ type: 'text', text: 'Bob' }, { type: 'text', text: 'B-2' }] }] },
			]);
			const last = await eventually(async () => {
				const state = await s.mock.state('social25');
				return state.bulkJobs[0]?.done && state.conversations.find((c: any) => c.id === second).last_message;
			});
			expect(last).toMatchObject({ type: 'MEDIA_HSM', text: 'Hi Bob, your order B-2 has shipped.' });
		});

		it('with Continue On Fail, an item with an empty text becomes an error item and the rest is still batched', async () => {
			const [conversation] = await openWhatsApp();
			const result = await s.engine.runNode(
				social25('message', 'sendBulk', { conversationId: byId(conversation), bulkMessageType: 'text', text: '={{ $json.text }}', batchSize: 10 }, true),
				[{ json: { text: 'one' } }, { json: { text: '' } }, { json: { text: 'three' } }],
			);
			expect(result.items[0].json.status).toBe('success');
			expect(result.items[1].json.error).toBe('"Text" is empty (item 1)');
			expect(result.items[2].json.status).toBe('success');
			const [request] = await s.requests({ method: 'POST' });
			expect(request.body.map((m: any) => m.text)).toEqual(['one', 'three']);
		});
	});

	describe('retries and errors of the bulk requests', () => {
		it('retries a 503 with Retry-After like the declarative operations do', async () => {
			const [conversation] = await openWhatsApp();
			await s.mock.fault({ provider: 'social25', method: 'POST', path: '/tenants/*/conversations/messages/bulk/', status: 503, retryAfter: 0, count: 1 });
			const result = await s.engine.runNode(social25('message', 'sendBulk', { conversationId: byId(conversation), bulkMessageType: 'text', text: 'hello' }), [{ json: {} }, { json: {} }]);
			expect(result.status).toBe('success');
			expect((await s.requests({ method: 'POST' })).map((r) => r.status)).toEqual([503, 200]);
		});

		it('reports Social25\'s error for a batch with its status and the batch\'s first item, without the token', async () => {
			await s.mock.fault({ provider: 'social25', method: 'POST', path: '/tenants/*/conversations/bulk/', status: 400, message: 'Platform is not active.' });
			const result = await s.engine.runNode(
				social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}', batchSize: 1 }),
				[{ json: { phone: '+31611112222' } }],
			);
			expect(result.status).toBe('error');
			expect(result.error?.httpCode).toBe('400');
			expect(result.error?.message).toBe('Platform is not active.');
			expect(result.error?.description).toBe('Social25 answered HTTP 400.');
			expect(result.error?.context?.itemIndex).toBe(0);
			expect(JSON.stringify(result.error)).not.toContain(s.credential.accessToken);
		});

		it('with Continue On Fail, a failed batch marks its own items and the next batches are still sent', async () => {
			const [conversation] = await openWhatsApp();
			await s.mock.fault({ provider: 'social25', method: 'POST', path: '/tenants/*/conversations/messages/bulk/', status: 400, message: 'Bulk limit reached.', count: 1 });
			const result = await s.engine.runNode(
				social25('message', 'sendBulk', { conversationId: byId(conversation), bulkMessageType: 'text', text: '=n{{ $json.n }}', batchSize: 2 }, true),
				[1, 2, 3].map((n) => ({ json: { n } })),
			);
			expect(result.status).toBe('success');
			expect(result.items.map((i) => i.json.error ?? i.json.status)).toEqual(['Bulk limit reached.', 'Bulk limit reached.', 'success']);
			expect((await s.requests({ method: 'POST' })).map((r) => r.status)).toEqual([400, 200]);
		});
	});

	describe('Conversation › Initiate', () => {
		it('initiates 5 phone numbers in ceil(5 / 2) = 3 requests; national numbers are normalised to E.164 by the platform country', async () => {
			const numbers = ['+31 6 1111 2222', '0612223333', '0031613334444', '+31614445555', '06-15556666'];
			const result = await s.engine.runNode(
				social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}', batchSize: 2 }),
				numbers.map((phone) => ({ json: { phone } })),
			);
			expect(result.status).toBe('success');
			expect(result.items.map((i) => i.json.user_identifier)).toEqual(['+31611112222', '+31612223333', '+31613334444', '+31614445555', '+31615556666']);
			for (const item of result.items) expect(item.json.conversation_id).toBe(item.json.user_id);

			const requests = await s.requests({ method: 'POST' });
			expect(requests).toHaveLength(3);
			expect(requests[0].path).toBe(`/tenants/${s.samples.tenantId}/conversations/bulk/`);
			expect(requests[0].body).toEqual([
				{ platform_id: s.samples.whatsappPlatformExternalId, user_identifier: '+31 6 1111 2222' },
				{ platform_id: s.samples.whatsappPlatformExternalId, user_identifier: '0612223333' },
			]);
			const state = await s.mock.state('social25');
			const created = state.conversations.find((c: any) => c.id === result.items[0].json.conversation_id);
			expect(created).toMatchObject({ state: 'OPEN', user: { phone_number: '31611112222' }, platform: { source: 'whatsapp' } });
		});

		it('takes the tenant from the picker when the credential has none', async () => {
			s.engine.setCredentials('social25Api', { ...s.credential, tenantId: '' });
			try {
				const result = await s.engine.runNode(
					social25('conversation', 'initiate', { tenant: byId(s.samples.tenantId), platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '+31611112222' }),
				);
				expect(result.status).toBe('success');
				expect((await s.requests({ method: 'POST' }))[0].path).toBe(`/tenants/${s.samples.tenantId}/conversations/bulk/`);
				const without = await s.engine.runNode(social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '+31611112222' }));
				expect(without.error?.message).toBe('"Tenant" is empty and the credential has no tenant ID');
			} finally {
				s.engine.setCredentials('social25Api', s.credential);
			}
		});

		it('uses the SMS platform\'s country (Belgium) for national numbers', async () => {
			const result = await s.engine.runNode(social25('conversation', 'initiate', { platform: byId(s.samples.smsPlatformExternalId), phoneNumber: '0470 12 34 56' }));
			expect(result.items[0].json.user_identifier).toBe('+32470123456');
		});

		it('stops obviously invalid numbers before sending, naming the item', async () => {
			const result = await s.engine.runNode(
				social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}' }),
				[{ json: { phone: '+31611112222' } }, { json: { phone: 'call me' } }],
			);
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('"Phone Number" "call me" is not a phone number: use E.164 such as +31611122233, or a national number (item 1)');
			expect(await s.requests()).toHaveLength(0);
		});

		it('numbers Social25 rejects come out as error items with Continue On Fail, in input order', async () => {
			const result = await s.engine.runNode(
				social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}' }, true),
				[{ json: { phone: '0612345678' } }, { json: { phone: '+4' } }, { json: { phone: '061234' } }, { json: { phone: '+31699887766' } }],
			);
			expect(result.status).toBe('success');
			expect(result.items[0].json.user_identifier).toBe('+31612345678');
			expect(result.items[1].json.error).toBe('"Phone Number" "+4" is not a valid E.164 number: after the + come the country code and 8 to 15 digits in all (item 1)');
			expect(result.items[2].json.error).toBe('Social25 rejected "061234": Enter a valid phone number. (item 2)');
			expect(result.items[3].json.user_identifier).toBe('+31699887766');
			const [request] = await s.requests({ method: 'POST' });
			expect(request.body.map((b: any) => b.user_identifier)).toEqual(['0612345678', '061234', '+31699887766']);
		});

		it('without Continue On Fail, numbers Social25 rejects fail the node and say which items', async () => {
			const result = await s.engine.runNode(
				social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}' }),
				[{ json: { phone: '0612345678' } }, { json: { phone: '061234' } }],
			);
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('Social25 rejected 1 of 2 phone numbers: item 1 "061234": Enter a valid phone number.');
		});
	});
});
