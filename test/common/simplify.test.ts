import type { INodeParameters } from 'n8n-workflow';

import { Engine, eventually, pollingTrigger, startMock, TriggerHarness, type MockClient } from '../harness';
import { expectCommonMessage } from './helpers';

/** Simplify through n8n's engine against the mock: every trigger and "get messages" operation of Spotler, Parley and Mehery. */
describe('Simplify: triggers and get-messages operations output the common shape', () => {
	let mock: MockClient;
	let engine: Engine;
	let harness: TriggerHarness;
	let spotler: { channelJid: string; contactJid: string };
	let parley: { searchProfile: string; searchId: number; replyableResultId: number };
	let mehery: { channelId: string; contactId: string };

	beforeAll(async () => {
		mock = await startMock();
		const [s, p, m] = await Promise.all([mock.credentials('spotler'), mock.credentials('parley'), mock.credentials('mehery')]);
		({ samples: spotler } = s);
		({ samples: parley } = p);
		({ samples: mehery } = m);
		engine = await Engine.create({ credentials: { spotlerApi: s.credential, parleyOAuth2Api: p.credential, meheryApi: m.credential } });
		harness = new TriggerHarness(engine);
		await harness.start();
	});
	afterAll(async () => {
		await harness.stop();
		await mock.close();
	});
	beforeEach(() => mock.server.reset());

	describe('Spotler Trigger', () => {
		const trigger = (parameters: INodeParameters = {}) => ({
			type: 'spotlerTrigger',
			parameters: { channel: { mode: 'id', value: spotler.channelJid }, events: ['message', 'postback', 'receipt'], ...parameters },
		});

		it('is on by default: message, postback and receipt arrive in the common shape, the delivery under raw', async () => {
			expect(engine.nodeType('spotlerTrigger').description.properties.find((p) => p.name === 'simplify')?.default).toBe(true);
			const active = await harness.activate(trigger());
			const sim = await mock.simulate('spotler', 'message', { body: 'Where is my parcel?' });
			const [run] = await active.waitForRuns(1);
			const [message] = run.outputOf('Spotler Trigger');
			expectCommonMessage(message.json);
			expect(message.json).toMatchObject({
				provider: 'spotler',
				channel: 'whatsapp',
				account: spotler.channelJid,
				conversationId: spotler.contactJid,
				contact: { id: spotler.contactJid },
				direction: 'inbound',
				type: 'text',
				text: 'Where is my parcel?',
				messageId: sim.id,
				raw: { event: 'message', message: { id: sim.id, body: 'Where is my parcel?' } },
			});

			await mock.simulate('spotler', 'postback', { payload: 'track_1', title: 'Track' });
			const [, postbackRun] = await active.waitForRuns(2);
			expect(postbackRun.outputOf('Spotler Trigger')[0].json).toMatchObject({ type: 'interactive', interactive: { payload: 'track_1', title: 'Track' } });

			const sent = await engine.runNode({
				type: 'spotler',
				parameters: { resource: 'message', operation: 'send', channel: { mode: 'id', value: spotler.channelJid }, contact: spotler.contactJid, messageType: 'text', text: 'On its way' },
			});
			await mock.simulate('spotler', 'receipt', { status: 'read' });
			const runs = await active.waitForRuns(3);
			const receipt = runs[2].outputOf('Spotler Trigger')[0].json;
			expectCommonMessage(receipt);
			expect(receipt).toMatchObject({ type: 'status', status: 'read', direction: 'outbound', messageId: sent.items[0].json.id });
			await active.deactivate();
		});

		it('off: the delivery as Spotler sends it', async () => {
			const active = await harness.activate(trigger({ simplify: false }));
			await mock.simulate('spotler', 'message', { body: 'Raw please' });
			const [run] = await active.waitForRuns(1);
			const json = run.outputOf('Spotler Trigger')[0].json;
			expect(json).toMatchObject({ event: 'message', channel: { jid: spotler.channelJid }, contact: { jid: spotler.contactJid }, message: { type: 'text', body: 'Raw please' } });
			expect(json).not.toHaveProperty('provider');
			await active.deactivate();
		});
	});

	describe('Parley Trigger and result reads', () => {
		const trigger = (parameters: INodeParameters = {}) => ({ type: 'parleyTrigger', parameters: { searchProfile: { mode: 'list', value: parley.searchProfile }, ...parameters } });

		it('trigger, on by default: new results in the common shape', async () => {
			const poller = pollingTrigger(engine, trigger());
			expect(await poller.poll()).toBeNull();
			const result = await mock.simulate('parley', 'result', { searchId: parley.searchId, text: 'My order never arrived', source: 'twitter', profileName: 'ada' });
			const [[item]] = (await poller.poll())!;
			expectCommonMessage(item.json);
			expect(item.json).toMatchObject({
				provider: 'parley',
				channel: 'twitter',
				account: String(parley.searchId),
				conversationId: String(result.caseId),
				contact: { id: 'ada' },
				messageId: String(result.id),
				direction: 'inbound',
				text: 'My order never arrived',
				raw: { id: result.id, text: 'My order never arrived' },
			});
		});

		it('trigger, off: the result as Parley returns it', async () => {
			const poller = pollingTrigger(engine, trigger({ simplify: false }));
			await poller.poll();
			const result = await mock.simulate('parley', 'result', { searchId: parley.searchId, text: 'Raw result' });
			const [[item]] = (await poller.poll())!;
			expect(item.json).toEqual(result);
		});

		it('Search: off by default; on gives the common shape', async () => {
			const search = (simplify?: boolean) =>
				engine.runNode({
					type: 'parley',
					parameters: { resource: 'result', operation: 'search', searchProfile: { mode: 'list', value: parley.searchProfile }, limit: 3, ...(simplify === undefined ? {} : { simplify }) },
				});
			const raw = await search();
			expect(raw.items).toHaveLength(3);
			expect(raw.items[0].json).toHaveProperty('caseId');
			expect(raw.items[0].json).not.toHaveProperty('provider');
			const simple = await search(true);
			expect(simple.items).toHaveLength(3);
			simple.items.forEach((item, i) => {
				expectCommonMessage(item.json);
				expect(item.json).toMatchObject({ provider: 'parley', messageId: String(raw.items[i].json.id), raw: raw.items[i].json });
			});
		});

		it('Get Without Context: on gives the common shape', async () => {
			const run = await engine.runNode({ type: 'parley', parameters: { resource: 'result', operation: 'getWithoutContext', resultId: parley.replyableResultId, simplify: true } });
			expectCommonMessage(run.items[0].json);
			expect(run.items[0].json).toMatchObject({ provider: 'parley', messageId: String(parley.replyableResultId) });
		});
	});

	describe('Mehery Trigger and Session › Get Messages', () => {
		const allKinds = { kinds: ['action', 'event', 'message', 'status'] };

		it('trigger, on by default: message, statuses, event and action in the common shape', async () => {
			const active = await harness.activate({ type: 'meheryTrigger', parameters: allKinds });
			const sim = await mock.simulate('mehery', 'message', { contactId: mehery.contactId, text: 'Where is my parcel?' });
			const [run] = await active.waitForRuns(1);
			const message = run.outputOf('Mehery Trigger')[0].json;
			expectCommonMessage(message);
			expect(message).toMatchObject({
				provider: 'mehery',
				channel: 'whatsapp',
				account: mehery.channelId,
				conversationId: sim.sessionId,
				contact: { id: mehery.contactId },
				direction: 'inbound',
				type: 'text',
				text: 'Where is my parcel?',
				messageId: sim.message.id,
				raw: { kind: 'message', id: sim.message.id },
			});

			await mock.simulate('mehery', 'message', { contactId: mehery.contactId, type: 'image', link: 'https://media.example/p.jpg', caption: 'Broken box' });
			const image = (await active.waitForRuns(2))[1].outputOf('Mehery Trigger')[0].json;
			expect(image).toMatchObject({ type: 'image', text: 'Broken box', media: { url: 'https://media.example/p.jpg', mimeType: 'image/jpeg', caption: 'Broken box' } });

			await mock.simulate('mehery', 'event', { sessionId: sim.sessionId, eventCode: 'SESSION_ASSIGNED' });
			const event = (await active.waitForRuns(3))[2].outputOf('Mehery Trigger')[0].json;
			expectCommonMessage(event);
			expect(event).toMatchObject({ type: 'event', event: 'SESSION_ASSIGNED', conversationId: sim.sessionId });

			await mock.simulate('mehery', 'action', { contactId: mehery.contactId, actionCode: 'SEND_INVOICE' });
			const action = (await active.waitForRuns(4))[3].outputOf('Mehery Trigger')[0].json;
			expect(action).toMatchObject({ type: 'event', event: 'SEND_INVOICE', contact: { id: mehery.contactId } });

			// A sent message is reported SENT, DLVRD, READ: three status items.
			const sent = await engine.runNode({
				type: 'mehery',
				parameters: {
					resource: 'message',
					operation: 'send',
					channel: { mode: 'id', value: mehery.channelId },
					recipientBy: 'contactId',
					recipient: mehery.contactId,
					messageType: 'text',
					text: 'On its way',
				},
			});
			// (waitForRuns only waits for the next run when several are still to come; poll instead.)
			const runs = await eventually(async () => active.runs.length >= 7 && active.runs);
			const statuses = runs.slice(4).map((r) => r.outputOf('Mehery Trigger')[0].json);
			statuses.forEach(expectCommonMessage);
			expect(statuses.map((s) => s.status)).toEqual(['sent', 'delivered', 'read']);
			expect(statuses.every((s) => s.messageId === sent.items[0].json.id && s.type === 'status')).toBe(true);
			await active.deactivate();
		});

		it("trigger, off: Mehery's item as is", async () => {
			const active = await harness.activate({ type: 'meheryTrigger', parameters: { ...allKinds, simplify: false } });
			await mock.simulate('mehery', 'message', { contactId: mehery.contactId, text: 'Raw please' });
			const [run] = await active.waitForRuns(1);
			const json = run.outputOf('Mehery Trigger')[0].json;
			expect(json).toMatchObject({ kind: 'message', type: 'text', text: { body: 'Raw please' }, contact: { contactId: mehery.contactId } });
			expect(json).not.toHaveProperty('provider');
			await active.deactivate();
		});

		it('Session › Get Messages: off by default; on gives the common shape', async () => {
			const sim = await mock.simulate('mehery', 'message', { contactId: mehery.contactId, text: 'First question' });
			const getMessages = (simplify?: boolean) =>
				engine.runNode({ type: 'mehery', parameters: { resource: 'session', operation: 'getMessages', sessionId: sim.sessionId, returnAll: true, ...(simplify === undefined ? {} : { simplify }) } });
			const raw = await getMessages();
			const last = raw.items.at(-1)!.json;
			expect(last).toMatchObject({ messageId: sim.message.id, sessionId: sim.sessionId, sender: 'CONTACT', text: 'First question' });
			const simple = await getMessages(true);
			expect(simple.items).toHaveLength(raw.items.length);
			simple.items.forEach((item) => expectCommonMessage(item.json));
			expect(simple.items.at(-1)!.json).toMatchObject({
				provider: 'mehery',
				conversationId: sim.sessionId,
				messageId: sim.message.id,
				direction: 'inbound',
				text: 'First question',
				contact: { id: mehery.contactId },
				raw: last,
			});
		});
	});
});
