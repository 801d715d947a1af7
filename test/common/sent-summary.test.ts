import { Engine, startMock } from '../harness';
import { meheryCredentials } from '../mehery/helpers';
import { byId as social25ById, setupSocial25, social25 } from '../social25/helpers';
import { byId as wabbitById, node as wabbitNode, setup as setupWabbit } from '../wabbit/helpers';

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

	it('Wabbit › Message › Send: the WhatsApp message id and the chat\'s wa_id, waba_response kept', async () => {
		const t = await setupWabbit();
		try {
			const result = await t.engine.runNode(wabbitNode('message', 'send', { chat: wabbitById(t.creds.samples.waId), messageType: 'text', text: 'Hi' }));
			expect(result.status).toBe('success');
			const json = result.items[0].json;
			const id = (json.waba_response as { messages: Array<{ id: string }> }).messages[0].id;
			expect(json).toMatchObject({ messageId: id, recipient: t.creds.samples.waId, conversationId: t.creds.samples.waId, status: 'sent' });
		} finally {
			await t.mock.close();
		}
	});

	it('Mehery › Message › Send: the receipt id and the recipient as given; the session is not in the receipt', async () => {
		const mock = await startMock();
		try {
			const { samples, credential } = await meheryCredentials(mock);
			const engine = await Engine.create({ credentials: { meheryApi: credential } });
			const result = await engine.runNode({
				type: 'mehery',
				parameters: { resource: 'message', operation: 'send', channel: { mode: 'id', value: samples.channelId }, recipientBy: 'contactId', recipient: samples.contactId, messageType: 'text', text: 'Hi' },
			});
			expect(result.status).toBe('success');
			const json = result.items[0].json;
			expect(json.id).toMatch(/^[A-Za-z0-9]{27}$/);
			expect(json).toEqual({ id: json.id, messageId: json.id, recipient: samples.contactId, conversationId: null, status: 'sent' });
		} finally {
			await mock.close();
		}
	});

	it('Social25 › Message › Send Text: the message\'s own id, conversation and status under the shared names', async () => {
		const s = await setupSocial25();
		try {
			const conversationId = s.samples.whatsappConversationId;
			const result = await s.engine.runNode(social25('message', 'sendText', { conversationId: social25ById(conversationId), text: 'Hi' }));
			expect(result.status).toBe('success');
			const json = result.items[0].json;
			expect(json).toMatchObject({ id: json.messageId, conversation_id: conversationId, messageId: expect.any(String), recipient: null, conversationId, status: 'SENT' });
		} finally {
			await s.mock.close();
		}
	});
});
