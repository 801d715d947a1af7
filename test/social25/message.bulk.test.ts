import { eventually } from '../harness';
import { byId, social25, social25World } from './world';

describe('Social25 › bulk operations (many items, few requests)', () => {
	const s = social25World();

	const openWhatsApp = async (): Promise<string[]> => (await s.mock.state('social25')).conversations.filter((c: any) => c.state === 'OPEN' && c.platform.source === 'whatsapp').map((c: any) => c.id);

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
				return state.conversations
					.flatMap((c: any) => c.messages)
					.filter((m: any) => m.outbound)
					.map((m: any) => m.text);
			});
			expect(texts.sort()).toEqual(items.map((i) => `Hello ${i.json.name}`).sort());
		});

		it('250 recipients with the default batch size make 3 requests, not 250', async () => {
			const [conversation] = await openWhatsApp();
			const items = Array.from({ length: 250 }, (_, i) => ({ json: { i } }));
			const result = await s.engine.runNode(social25('message', 'sendBulk', { conversationId: byId(conversation), bulkMessageType: 'text', text: '=Broadcast {{ $json.i }}' }), items);
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
				{
					conversation_id: first,
					type: 'media_hsm',
					locale: 'en',
					name: 'order_shipped',
					components: [
						{
							type: 'body',
							parameters: [
								{ type: 'text', text: 'Ada' },
								{ type: 'text', text: 'A-1' },
							],
						},
					],
				},
				{
					conversation_id: second,
					type: 'media_hsm',
					locale: 'en',
					name: 'order_shipped',
					components: [
						{
							type: 'body',
							parameters: [
								{ type: 'text', text: 'Bob' },
								{ type: 'text', text: 'B-2' },
							],
						},
					],
				},
			]);
			const last = await eventually(async () => {
				const state = await s.mock.state('social25');
				return state.bulkJobs[0]?.done && state.conversations.find((c: any) => c.id === second).last_message;
			});
			expect(last).toMatchObject({ type: 'MEDIA_HSM', text: 'Hi Bob, your order B-2 has shipped.' });
		});

		it('with Continue On Fail, an item with an empty text becomes an error item and the rest is still batched', async () => {
			const [conversation] = await openWhatsApp();
			const result = await s.engine.runNode(social25('message', 'sendBulk', { conversationId: byId(conversation), bulkMessageType: 'text', text: '={{ $json.text }}', batchSize: 10 }, true), [
				{ json: { text: 'one' } },
				{ json: { text: '' } },
				{ json: { text: 'three' } },
			]);
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

		it("reports Social25's error for a batch with its status and the batch's first item, without the token", async () => {
			await s.mock.fault({ provider: 'social25', method: 'POST', path: '/tenants/*/conversations/bulk/', status: 400, message: 'Platform is not active.' });
			const result = await s.engine.runNode(social25('conversation', 'initiate', { platform: byId(s.samples.whatsappPlatformExternalId), phoneNumber: '={{ $json.phone }}', batchSize: 1 }), [
				{ json: { phone: '+31611112222' } },
			]);
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
});
