import { Engine, startMock, type MockClient } from '../harness';

/**
 * 20% of sends answered 429 (with Retry-After) or 503 during a broadcast: every recipient ends
 * up sent exactly once or reported as a failed item, and the mock's request log shows that no
 * message was accepted twice.
 */
describe('broadcasts under injected 429/503 faults', () => {
	let mock: MockClient;
	let engine: Engine;
	let creds: Record<string, any>;

	beforeAll(async () => {
		mock = await startMock(7);
		creds = (await mock.json('GET', '/__control/credentials')).body;
		engine = await Engine.create({ credentials: { social25Api: creds.social25.credential, spotlerApi: creds.spotler.credential } });
	});
	afterAll(() => mock.close());
	beforeEach(() => mock.server.reset(7));

	/** About one send in five fails, half with 429 and half with 503 (both with Retry-After: 0 to keep the test quick). */
	const injectFaults = async (provider: string, method: string, path: string) => {
		await mock.fault({ provider, method, path, status: 429, retryAfter: 0, ratio: 0.1 });
		await mock.fault({ provider, method, path, status: 503, retryAfter: 0, ratio: 0.11 });
	};

	it('Social25 Send in Bulk: each recipient is in exactly one accepted bulk request, or a failed item', async () => {
		// Forty recipients: initiate their WhatsApp conversations first (no faults yet).
		const phones = Array.from({ length: 40 }, (_, i) => `+3161${String(1_000_000 + i * 7).padStart(7, '0')}`);
		const initiated = await engine.runNode(
			{
				type: 'social25',
				parameters: {
					resource: 'conversation',
					operation: 'initiate',
					platform: { __rl: true, mode: 'id', value: creds.social25.samples.whatsappPlatformExternalId },
					phoneNumber: '={{ $json.phone }}',
					batchSize: 100,
				},
			},
			phones.map((phone) => ({ json: { phone } })),
		);
		expect(initiated.status).toBe('success');
		const conversations = initiated.items.map((i) => String(i.json.conversation_id));
		expect(new Set(conversations).size).toBe(40);

		await injectFaults('social25', 'POST', '/tenants/*/conversations/messages/bulk/');
		const result = await engine.runNode(
			{
				type: 'social25',
				continueOnFail: true,
				parameters: {
					resource: 'message',
					operation: 'sendBulk',
					conversationId: { __rl: true, mode: 'id', value: '={{ $json.conversation }}' },
					bulkMessageType: 'text',
					text: '=Your parcel is on its way ({{ $json.conversation }})',
					batchSize: 4,
				},
			},
			conversations.map((conversation) => ({ json: { conversation } })),
		);
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(40);

		const bulk = await mock.requests({ provider: 'social25', method: 'POST', path: '/conversations/messages/bulk/' });
		const faulted = bulk.filter((r) => r.fault);
		const accepted = bulk.filter((r) => !r.fault && r.status === 200);
		expect(faulted.length).toBeGreaterThan(0); // the faults really happened
		const acceptedIds = accepted.flatMap((r) => (r.body as Array<{ conversation_id: string }>).map((m) => m.conversation_id));
		expect(new Set(acceptedIds).size).toBe(acceptedIds.length); // nothing accepted twice

		// Output items keep the input order, so item i is conversation i.
		const failedIds = conversations.filter((_, i) => result.items[i].json.error);
		for (const id of conversations) {
			const sent = acceptedIds.filter((a) => a === id).length;
			const failed = failedIds.includes(id);
			expect(sent + (failed ? 1 : 0)).toBe(1);
		}
	});

	it('Spotler per-recipient send with Continue On Fail: each recipient accepted once or a failed item', async () => {
		const recipients = Array.from({ length: 40 }, (_, i) => `3165${String(1_000_000 + i * 13).padStart(7, '0')}`);
		await injectFaults('spotler', 'POST', '/channels/*/messages/*');
		const result = await engine.runNode(
			{
				type: 'spotler',
				typeVersion: 1,
				continueOnFail: true,
				parameters: {
					resource: 'message',
					operation: 'send',
					channel: { __rl: true, mode: 'id', value: creds.spotler.samples.channelJid },
					contact: '={{ $json.phone }}',
					messageType: 'template',
					template: { __rl: true, mode: 'id', value: 'delivery_notification' },
					templateLanguage: 'en',
					templateParameters: { parameter: [{ value: 'Ada' }, { value: '={{ $json.phone }}' }, { value: 'Monday' }] },
				},
			},
			recipients.map((phone) => ({ json: { phone } })),
		);
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(40);

		const posts = await mock.requests({ provider: 'spotler', method: 'POST' });
		expect(posts.filter((r) => r.fault).length).toBeGreaterThan(0);
		const acceptedContacts = posts.filter((r) => r.status === 201).map((r) => decodeURIComponent(r.path.split('/').pop()!).split('@')[0]);
		expect(new Set(acceptedContacts).size).toBe(acceptedContacts.length);
		const state = await mock.state('spotler');
		recipients.forEach((phone, i) => {
			const sent = acceptedContacts.filter((c) => c === phone).length;
			const failed = Boolean(result.items[i].json.error);
			expect(sent + (failed ? 1 : 0)).toBe(1);
			const conversation = state.conversations.find((c: any) => c.contactJid === `${phone}@whatsapp.eazy.im`);
			expect(conversation?.messages.filter((m: any) => m.direction === 'outbound').length ?? 0).toBe(sent);
		});
	});
});
