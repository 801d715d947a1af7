import { Engine, startMock } from '../harness';
import { expectCommonMessage } from './helpers';
import { byId as social25ById, social25, social25World } from '../social25/world';

// Every send operation outputs messageId, recipient, conversationId and status under the same
// names, beside the provider's own answer (which saved workflows read and which stays as it was).
describe('Send operations output {messageId, recipient, conversationId, status} (through the engine, against the mock)', () => {
	it('Spotler › Message › Send: beside {id}, the contact JID as recipient and conversation', async () => {
		const mock = await startMock();
		try {
			const { credential, samples } = await mock.credentials('spotler');
			const engine = await Engine.create({ credentials: { spotlerApi: credential } });
			const result = await engine.runNode({
				type: 'spotler',
				parameters: { resource: 'message', operation: 'send', messageType: 'text', channel: { mode: 'id', value: samples.channelJid }, contact: samples.contactJid, text: 'Hi' },
			});
			expect(result.status).toBe('success');
			const json = result.items[0].json;
			expect(json.id).toMatch(/^[0-9a-f]{40}$/);
			expect(json).toEqual({ id: json.id, messageId: json.id, recipient: samples.contactJid, conversationId: samples.contactJid, status: 'sent' });
		} finally {
			await mock.close();
		}
	});

	it("Wabbit › Message › Send: the WhatsApp message id and the chat's wa_id, waba_response kept", async () => {
		const mock = await startMock();
		try {
			const { credential, samples } = await mock.credentials('wabbit');
			const engine = await Engine.create({ credentials: { wabbitApi: credential } });
			const result = await engine.runNode({
				type: 'wabbit',
				parameters: { resource: 'message', operation: 'send', chat: { mode: 'id', value: samples.waId }, messageType: 'text', text: 'Hi' },
			});
			expect(result.status).toBe('success');
			const json = result.items[0].json;
			const id = (json.waba_response as { messages: Array<{ id: string }> }).messages[0].id;
			expect(json).toMatchObject({ messageId: id, recipient: samples.waId, conversationId: samples.waId, status: 'sent' });
		} finally {
			await mock.close();
		}
	});

	it('Mehery › Message › Send: the receipt id and the recipient as given; the session is not in the receipt', async () => {
		const mock = await startMock();
		try {
			const { samples, credential } = await mock.credentials('mehery');
			const engine = await Engine.create({ credentials: { meheryApi: credential } });
			const result = await engine.runNode({
				type: 'mehery',
				parameters: {
					resource: 'message',
					operation: 'send',
					channel: { mode: 'id', value: samples.channelId },
					recipientBy: 'contactId',
					recipient: samples.contactId,
					messageType: 'text',
					text: 'Hi',
				},
			});
			expect(result.status).toBe('success');
			const json = result.items[0].json;
			expect(json.id).toMatch(/^[A-Za-z0-9]{27}$/);
			expect(json).toEqual({ id: json.id, messageId: json.id, recipient: samples.contactId, conversationId: null, status: 'sent' });
		} finally {
			await mock.close();
		}
	});

	// One Social25 mock for these three, reset before each.
	describe('Social25', () => {
		const s = social25World();

		it("Social25 › Message › Send Text: the message's own id, conversation and status under the shared names", async () => {
			const conversationId = s.samples.whatsappConversationId;
			const result = await s.engine.runNode(social25('message', 'sendText', { conversationId: social25ById(conversationId), text: 'Hi' }));
			expect(result.status).toBe('success');
			const json = result.items[0].json;
			expect(json).toMatchObject({ id: json.messageId, conversation_id: conversationId, messageId: expect.any(String), recipient: null, conversationId, status: 'SENT' });
		});

		it("Social25 › Message › Send in Bulk: each item's conversation and the hand-over status; no message id (sent later)", async () => {
			const conversationId = s.samples.whatsappConversationId;
			const result = await s.engine.runNode(social25('message', 'sendBulk', { conversationId: social25ById(conversationId), bulkMessageType: 'text', text: 'Hi' }), [{ json: {} }, { json: {} }]);
			expect(result.status).toBe('success');
			for (const item of result.items) {
				expect(item.json).toEqual({ status: 'success', conversation_id: conversationId, type: 'text', batch: 1, batchSize: 2, messageId: null, recipient: null, conversationId });
			}
		});

		it("Social25 › the two deprecated phone-number template sends: the phone number as recipient, the answer's status", async () => {
			const common = { from: s.samples.whatsappPlatformExternalId, language: 'en', processSync: true };
			const byPhone = await s.engine.runNode(
				social25('message', 'sendBulkHsm', { ...common, to: ' 0611122233 ', templateName: 'order_shipped', bodyParameters: { parameter: [{ text: 'Ada' }, { text: 'Z-9' }] } }),
			);
			expect(byPhone.status).toBe('success');
			expect(byPhone.items[0].json).toMatchObject({ status: 'success', processed: 1, messageId: null, recipient: '0611122233', conversationId: null });
			const media = await s.engine.runNode(
				social25('message', 'sendMediaTemplateHsm', {
					...common,
					processSync: false,
					to: '+31611122244',
					templateName: 'agent_pickup',
					bodyParameters: { parameter: [{ text: 'Bob' }] },
					headerMediaType: 'image',
					headerMediaUrl: 'https://example.com/banner.png',
				}),
			);
			expect(media.status).toBe('success');
			expect(media.items[0].json).toEqual({ status: 'success', messageId: null, recipient: '+31611122244', conversationId: null });
		});
	});

	it("Parley › Result › Reply: the outgoing result's id and its case as the conversation, beside the reply", async () => {
		const mock = await startMock();
		try {
			const { credential, samples } = await mock.credentials('parley');
			const engine = await Engine.create({ credentials: { parleyOAuth2Api: credential } });
			const id = samples.replyableResultId;
			const result = await engine.runNode({ type: 'parley', parameters: { resource: 'result', operation: 'reply', resultId: String(id), message: 'On it' } });
			expect(result.status).toBe('success');
			const json = result.items[0].json;
			const stored = (await mock.state('parley')).cases.flatMap((c: { replies: Array<{ id: number; caseId: number }> }) => c.replies).at(-1);
			expect(json).toMatchObject({ id: stored.id, resultId: id, message: 'On it' });
			expect(json).toMatchObject({ messageId: String(stored.id), recipient: null, conversationId: String(stored.caseId), status: 'sent' });
		} finally {
			await mock.close();
		}
	});

	it('Omnichannel Reply: the contact it answered as recipient, in the common shape', async () => {
		const mock = await startMock();
		try {
			const { credential, samples } = await mock.credentials('spotler');
			const engine = await Engine.create({ credentials: { spotlerApi: credential } });
			const item = {
				provider: 'spotler',
				channel: 'whatsapp',
				account: samples.channelJid,
				conversationId: samples.contactJid,
				contact: { id: samples.contactJid, name: null, phone: null },
				direction: 'inbound',
				type: 'text',
				text: 'Where is my parcel?',
				timestamp: new Date().toISOString(),
				raw: {},
			};
			const result = await engine.runNode({ type: 'omnichannelReply', typeVersion: 1, parameters: { replyType: 'text', text: 'Tomorrow' } }, [{ json: item }]);
			expect(result.status).toBe('success');
			const sent = result.items[0].json;
			expectCommonMessage(sent);
			expect(sent).toMatchObject({ messageId: expect.any(String), recipient: samples.contactJid, conversationId: samples.contactJid, status: 'sent' });
		} finally {
			await mock.close();
		}
	});
});
