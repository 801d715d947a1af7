import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { Engine, eventually, startMock, TriggerHarness, type MockClient } from '../harness';
import { expectCommonMessage } from './helpers';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** Simplify through n8n's engine against the mock: the Social25 and Wabbit triggers and their Message › Get Many. */
describe('Simplify: Social25 and Wabbit output the common shape', () => {
	let mock: MockClient;
	let engine: Engine;
	let harness: TriggerHarness;
	let social25: { tenantId: string; whatsappConversationId: string; whatsappUserId: string };
	let wabbit: { waId: string; inboundMessageId: string };

	beforeAll(async () => {
		mock = await startMock();
		const [s, w] = await Promise.all([mock.credentials('social25'), mock.credentials('wabbit')]);
		({ samples: social25 } = s);
		({ samples: wabbit } = w);
		engine = await Engine.create({ credentials: { social25Api: s.credential, wabbitApi: w.credential } });
		harness = new TriggerHarness(engine);
		await harness.start();
	});
	afterAll(async () => {
		await harness.stop();
		await mock.close();
	});
	beforeEach(() => mock.server.reset());

	describe('Social25 Trigger and Message › Get Many', () => {
		const activate = async (parameters: INodeParameters = {}) => {
			// Version 2 requires a shared secret; Social25 is given the bot URL with it.
			const active = await harness.activate({ type: 'social25Trigger', parameters: { secret: 'simplify-test-secret', ...parameters } });
			const { status } = await mock.json('PUT', '/__control/social25/bot-urls/whatsapp', { url: `${active.webhookUrl}?secret=simplify-test-secret` });
			expect(status).toBe(200);
			return active;
		};

		it('trigger, on by default: the bot payload in the common shape, the payload under raw', async () => {
			expect(engine.nodeType('social25Trigger').description.properties.find((p) => p.name === 'simplify')?.default).toBe(true);
			const active = await activate();
			const sim = await mock.simulate('social25', 'message', { conversationId: social25.whatsappConversationId, text: 'Where is my parcel?' });
			const [run] = await active.waitForRuns(1);
			const [item] = run.outputOf('Social25 Trigger');
			expectCommonMessage(item.json);
			expect(item.json).toMatchObject({
				provider: 'social25',
				channel: 'whatsapp',
				account: social25.tenantId,
				conversationId: social25.whatsappConversationId,
				contact: { id: social25.whatsappUserId, phone: expect.stringMatching(/^\d{8,15}$/) },
				direction: 'inbound',
				type: 'text',
				text: 'Where is my parcel?',
				messageId: sim.message.id,
				status: null,
				raw: { id: sim.message.id, conversation_id: social25.whatsappConversationId, platform: 'whatsapp', chat_user: { id: social25.whatsappUserId } },
			});
			await active.deactivate();
		});

		it('trigger, off: the payload as Social25 posts it', async () => {
			const active = await activate({ simplify: false });
			await mock.simulate('social25', 'message', { conversationId: social25.whatsappConversationId, text: 'Raw please' });
			const [run] = await active.waitForRuns(1);
			const json = run.outputOf('Social25 Trigger')[0].json;
			expect(json).toMatchObject({ conversation_id: social25.whatsappConversationId, type: 'TEXT', text: 'Raw please', platform: 'whatsapp' });
			expect(json).not.toHaveProperty('provider');
			await active.deactivate();
		});

		it("Get Many: off by default; on gives the common shape on every page, with the conversation's platform and user", async () => {
			// More messages than one page of the mock (5), so Return All follows `next` with Simplify on.
			for (let i = 1; i <= 6; i++) await mock.simulate('social25', 'message', { conversationId: social25.whatsappConversationId, text: `Question ${i}` });
			const getMany = (simplify?: boolean) =>
				engine.runNode({
					type: 'social25',
					parameters: { resource: 'message', operation: 'getAll', conversationId: byId(social25.whatsappConversationId), returnAll: true, ...(simplify === undefined ? {} : { simplify }) },
				});
			const raw = await getMany();
			expect(raw.items.length).toBeGreaterThan(6);
			expect(raw.items[0].json).toHaveProperty('conversation_id');
			expect(raw.items[0].json).not.toHaveProperty('provider');

			const simple = await getMany(true);
			expect(simple.status).toBe('success');
			expect(simple.items).toHaveLength(raw.items.length);
			simple.items.forEach((item, i) => {
				expectCommonMessage(item.json);
				expect(item.json).toMatchObject({
					provider: 'social25',
					channel: 'whatsapp',
					account: social25.tenantId,
					conversationId: social25.whatsappConversationId,
					contact: { id: social25.whatsappUserId },
					messageId: raw.items[i].json.id,
					raw: raw.items[i].json,
				});
			});
			expect(simple.items.map((i) => i.json.text)).toEqual(expect.arrayContaining(['Question 1', 'Question 6']));
			// One conversation lookup per page: pages of 5.
			const lookups = await mock.requests({ provider: 'social25', method: 'GET', path: `/tenants/${social25.tenantId}/conversations/${social25.whatsappConversationId}/details/` });
			expect(lookups).toHaveLength(Math.ceil(raw.items.length / 5));
		});
	});

	describe('Wabbit Trigger and Message › Get Many', () => {
		const outputs = (runs: Array<{ outputOf(name: string): Array<{ json: IDataObject }> }>) => runs.flatMap((r) => r.outputOf('Wabbit Trigger').map((i) => i.json));

		it('trigger, on by default: incoming and outgoing messages, statuses, assignment and taggings in the common shape', async () => {
			expect(engine.nodeType('wabbitTrigger').description.properties.find((p) => p.name === 'simplify')?.default).toBe(true);
			const active = await harness.activate({
				type: 'wabbitTrigger',
				parameters: { events: ['incoming_messages', 'outgoing_messages', 'statuses', 'chat_assignment', 'message_tagging', 'chat_tagging'] },
			});
			const sim = await mock.simulate('wabbit', 'message', { wa_id: wabbit.waId, text: 'Where is my parcel?' });
			const [run] = await active.waitForRuns(1);
			const message = run.outputOf('Wabbit Trigger')[0].json;
			expectCommonMessage(message);
			expect(message).toMatchObject({
				provider: 'wabbit',
				channel: 'whatsapp',
				conversationId: wabbit.waId,
				contact: { id: wabbit.waId, phone: wabbit.waId },
				direction: 'inbound',
				type: 'text',
				text: 'Where is my parcel?',
				messageId: sim.id,
				raw: { event: 'incoming_messages', id: sim.id, waba_payload: { text: { body: 'Where is my parcel?' } } },
			});

			const sent = await engine.runNode({ type: 'wabbit', parameters: { resource: 'message', operation: 'send', chat: byId(wabbit.waId), messageType: 'text', text: 'On its way' } });
			const sentId = (sent.items[0].json.waba_response as { messages: Array<{ id: string }> }).messages[0].id;
			await active.waitForRuns(2);
			await mock.simulate('wabbit', 'status', { message_id: sentId, status: 'delivered' });
			await active.waitForRuns(3);
			await engine.runNode({ type: 'wabbit', parameters: { resource: 'chat', operation: 'updateAssignment', chat: byId(wabbit.waId), userChange: 'set', assignedUser: byId('2') } });
			await active.waitForRuns(4);
			await engine.runNode({ type: 'wabbit', parameters: { resource: 'messageTagging', operation: 'create', messageId: wabbit.inboundMessageId, tag: byId('1') } });
			const runs = await eventually(async () => active.runs.length >= 6 && active.runs);
			const items = outputs(runs);
			items.forEach(expectCommonMessage);
			expect(items.find((i) => i.direction === 'outbound' && i.type === 'text')).toMatchObject({ messageId: sentId, text: 'On its way', status: 'sent', raw: { event: 'outgoing_messages' } });
			expect(items.find((i) => i.type === 'status')).toMatchObject({ messageId: sentId, status: 'delivered', event: 'statuses', conversationId: wabbit.waId });
			expect(items.find((i) => i.event === 'chat_assignment')).toMatchObject({ type: 'event', conversationId: wabbit.waId, raw: { assigned_to_user_set: { id: 2 } } });
			expect(items.find((i) => i.event === 'message_tagging')).toMatchObject({ type: 'event', messageId: wabbit.inboundMessageId, contact: null });
			expect(items.find((i) => i.event === 'chat_tagging')).toMatchObject({ type: 'event', conversationId: wabbit.waId });
			await active.deactivate();
		});

		it("trigger, off: Wabbit's item as is", async () => {
			const active = await harness.activate({ type: 'wabbitTrigger', parameters: { events: ['incoming_messages'], simplify: false } });
			await mock.simulate('wabbit', 'message', { wa_id: wabbit.waId, text: 'Raw please' });
			const [run] = await active.waitForRuns(1);
			const json = run.outputOf('Wabbit Trigger')[0].json;
			expect(json).toMatchObject({ event: 'incoming_messages', customer_wa_id: wabbit.waId, waba_payload: { text: { body: 'Raw please' } } });
			expect(json).not.toHaveProperty('provider');
			await active.deactivate();
		});

		it('Get Many: off by default; on gives the common shape, and Return All still pages back in time', async () => {
			// More than one page (100) of the chat, so paging with before_time reads the messages' time under raw.
			for (let i = 1; i <= 105; i++) await mock.simulate('wabbit', 'message', { wa_id: wabbit.waId, text: `Message ${i}` });
			const getMany = (simplify?: boolean) =>
				engine.runNode({ type: 'wabbit', parameters: { resource: 'message', operation: 'getMany', chatFilter: wabbit.waId, returnAll: true, ...(simplify === undefined ? {} : { simplify }) } });
			const raw = await getMany();
			expect(raw.items.length).toBeGreaterThan(105);
			expect(raw.items[0].json).toHaveProperty('waba_payload');
			expect(raw.items[0].json).not.toHaveProperty('provider');

			const simple = await getMany(true);
			expect(simple.items).toHaveLength(raw.items.length);
			simple.items.forEach((item) => expectCommonMessage(item.json));
			expect(simple.items.map((i) => i.json.messageId)).toEqual(raw.items.map((i) => i.json.id));
			expect(simple.items[0].json).toMatchObject({ provider: 'wabbit', conversationId: wabbit.waId, direction: 'inbound', text: 'Message 105', raw: raw.items[0].json });
			const pages = await mock.requests({ provider: 'wabbit', method: 'GET', path: '/api/v1/messages/' });
			expect(pages.length).toBeGreaterThanOrEqual(4);
		});
	});
});
