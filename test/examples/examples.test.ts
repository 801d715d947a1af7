import { Engine, eventually, pollingTrigger, startMock, TriggerHarness, type MockClient, type NodeSpec } from '../harness';
import { example, exampleNodeTypes, fireScheduleTrigger, parts, wholeWorkflow } from './helpers';

/**
 * Each use-case example in examples/ runs end to end: its trigger is driven the way n8n drives it
 * (a webhook delivery from the mock, a poll, or the schedule firing), the rest of the workflow runs
 * through n8n's engine against the mock, and the test checks the effect in the mock's state.
 */
describe('example workflows for what users come for', () => {
	let mock: MockClient;
	let engine: Engine;
	let harness: TriggerHarness;
	let samples: Record<'spotler' | 'parley' | 'mehery' | 'social25', any>;

	beforeAll(async () => {
		mock = await startMock();
		const [spotler, parley, mehery, social25] = await Promise.all(['spotler', 'parley', 'mehery', 'social25'].map((p) => mock.credentials(p)));
		samples = { spotler: spotler.samples, parley: parley.samples, mehery: mehery.samples, social25: social25.samples };
		engine = await Engine.create({
			credentials: { spotlerApi: spotler.credential, parleyOAuth2Api: parley.credential, meheryApi: mehery.credential, social25Api: social25.credential },
			extraNodeTypes: exampleNodeTypes(),
		});
		harness = new TriggerHarness(engine);
		await harness.start();
	});
	afterAll(async () => {
		await harness.stop();
		await mock.close();
	});
	beforeEach(() => mock.server.reset());

	describe('inbound-auto-reply.json (Mehery)', () => {
		const workflow = example('inbound-auto-reply.json');

		it("answers a customer text in the contact's session on the channel it came in on; other message types get no reply", async () => {
			const { mehery } = samples;
			const { trigger, downstream, connections } = parts(workflow, 'When a Customer Writes');
			const active = await harness.activate(trigger, { nodes: downstream, connections });

			const inbound = await mock.simulate('mehery', 'message', { contactId: mehery.contactId, text: 'Do you deliver on Sundays?' });
			const [run] = await active.waitForRuns(1);
			expect(run.status).toBe('success');
			expect(run.order).toEqual(['When a Customer Writes', 'Send Auto-Reply']);
			const sent = await eventually(async () => (await mock.state('mehery')).sentMessages.filter((m: any) => m.contactId === mehery.contactId));
			expect(sent).toHaveLength(1);
			expect(sent[0]).toMatchObject({ channelId: mehery.channelId, sessionId: inbound.sessionId, message: { type: 'text', to: { contactId: mehery.contactId } } });
			const contact = (await mock.state('mehery')).contacts.find((c: any) => c.contactId === mehery.contactId);
			expect(sent[0].message.text.body).toBe(
				`Hi ${contact.name}, thanks for your message! We have received it and a colleague will answer within one working day. Our office hours are Monday to Friday, 9:00 to 17:00.`,
			);

			// The trigger only starts the workflow for texts: a photo (delivered and answered) runs nothing.
			const photo = await mock.simulate('mehery', 'message', { contactId: mehery.contactId, type: 'image' });
			expect(photo.delivery.state).toBe('delivered');
			expect(active.runs).toHaveLength(1);
			expect((await mock.state('mehery')).sentMessages.filter((m: any) => m.contactId === mehery.contactId)).toHaveLength(1);
			await active.deactivate();
		});
	});

	describe('scheduled-broadcast.json (Social25)', () => {
		const workflow = example('scheduled-broadcast.json');
		const recipients = () => {
			const set = workflow.nodes.find((n) => n.name === 'Recipients')!;
			return (JSON.parse(String(set.parameters.jsonOutput)) as { recipients: Array<{ name: string; phone: string; order: string }> }).recipients;
		};
		const e164 = (phone: string) => `+${phone.replace(/\D/g, '')}`;

		/** Fires the schedule, runs the workflow, and checks that every recipient got the filled-in template once. */
		async function broadcast(batchSize: number) {
			const overrides = { 'Open WhatsApp Conversations': { batchSize }, 'Send Template to Everyone': { batchSize } };
			const built = wholeWorkflow(engine, workflow, overrides);
			const scheduled = await fireScheduleTrigger(engine, built, 'Every Weekday at 9:00');
			expect(scheduled[0].json).toHaveProperty('timestamp');
			const run = await engine.runWorkflow(built, 'Every Weekday at 9:00', scheduled, 'trigger');
			expect(run.outputOf('Every Weekday at 9:00').map((i) => i.json)).toEqual(scheduled.map((i) => i.json));
			expect(run.error).toBeUndefined();
			expect(run.status).toBe('success');
			expect(run.order).toEqual(['Every Weekday at 9:00', 'Recipients', 'One Item per Recipient', 'Open WhatsApp Conversations', 'Send Template to Everyone']);

			const list = recipients();
			const opened = run.outputOf('Open WhatsApp Conversations').map((i) => i.json);
			expect(opened.map((o) => o.user_identifier)).toEqual(list.map((r) => e164(r.phone)));
			// Social25 answers a bulk send first and delivers afterwards.
			const conversations = await eventually(async () => {
				const state = await mock.state('social25');
				const mine = opened.map((o) => state.conversations.find((c: any) => c.id === o.conversation_id));
				return mine.every((c: any) => c?.messages.some((m: any) => m.type === 'MEDIA_HSM')) && mine;
			});
			list.forEach((recipient, i) => {
				expect(conversations[i].user.phone_number).toBe(e164(recipient.phone).slice(1));
				const templates = conversations[i].messages.filter((m: any) => m.type === 'MEDIA_HSM');
				expect(templates).toHaveLength(1);
				expect(templates[0]).toMatchObject({ outbound: true, text: `Hi ${recipient.name}, your order ${recipient.order} has shipped.` });
			});
			const requests = async (path: string) => (await mock.requests({ provider: 'social25', method: 'POST', path })).length;
			const expected = Math.ceil(list.length / batchSize);
			expect(await requests('/conversations/bulk/')).toBe(expected);
			expect(await requests('/conversations/messages/bulk/')).toBe(expected);
			expect(run.outputOf('Send Template to Everyone').map((i) => i.json.batch)).toEqual(list.map((_, i) => Math.floor(i / batchSize) + 1));
		}

		it('as shipped (batch size 100): every recipient gets the template with their own name and order, in one request per step', async () => {
			const shipped = workflow.nodes.filter((n) => n.type === 'n8n-nodes-omnichannel.social25').map((n) => n.parameters.batchSize);
			expect(shipped).toEqual([100, 100]);
			await broadcast(100);
		});

		it('with batch size 2: the same messages go out in ceil(recipients / 2) requests per step', async () => {
			await broadcast(2);
		});
	});

	describe('escalate-to-human.json (Spotler)', () => {
		const workflow = example('escalate-to-human.json');
		const conversationOf = async (contactJid: string) => (await mock.state('spotler')).conversations.find((c: any) => c.channelJid === samples.spotler.channelJid && c.contactJid === contactJid);
		const lastOutbound = (conversation: any) => conversation.messages.filter((m: any) => m.direction === 'outbound').at(-1)?.message;

		it("names the mock's WhatsApp channel, Support team and Support label, so it runs against `npm run mock` as shipped", async () => {
			const state = await mock.state('spotler');
			const [trigger, handOver] = ['Customer Message', 'Hand Over to Support Team'].map((name) => workflow.nodes.find((n) => n.name === name)!.parameters as any);
			expect(trigger.channel.value).toBe(samples.spotler.channelJid);
			expect(handOver.team.value).toBe(state.teams.find((t: any) => t.name === 'Support team').jid);
			expect(handOver.labels).toEqual([state.labels.find((l: any) => l.name === 'Support questions').jid]);
		});

		it('a customer asking for a human is handed from the bot to the Support team, labelled and told so', async () => {
			const { spotler } = samples;
			const { trigger, downstream, connections } = parts(workflow, 'Customer Message');
			const active = await harness.activate(trigger, { nodes: downstream, connections });
			const before = await conversationOf(spotler.contactJid);
			expect(before).toMatchObject({ assignee: spotler.assistantJid, team: null, labels: [] });

			await mock.simulate('spotler', 'message', { contactJid: spotler.contactJid, body: 'This is not helping. Can I talk to a HUMAN please?' });
			const [run] = await active.waitForRuns(1);
			expect(run.status).toBe('success');
			expect(run.order.slice(0, 2)).toEqual(['Customer Message', 'Asks for a Human?']);
			expect([...run.order.slice(2)].sort()).toEqual(['Hand Over to Support Team', 'Tell the Customer']);

			const after = await conversationOf(spotler.contactJid);
			expect(after).toMatchObject({ assignee: null, team: { jid: spotler.teamJid }, labels: [spotler.labelJid] });
			expect(lastOutbound(after)).toEqual({
				type: 'text',
				body: 'Of course! I am passing you to a colleague from our support team. They will answer here as soon as possible.',
			});
			await active.deactivate();
		});

		it("any other message (a question, a photo) gets the bot's reply and stays with the bot", async () => {
			const { spotler } = samples;
			const other = (await mock.state('spotler')).contacts[spotler.channelJid][1].jid as string;
			const { trigger, downstream, connections } = parts(workflow, 'Customer Message');
			const active = await harness.activate(trigger, { nodes: downstream, connections });

			await mock.simulate('spotler', 'message', { contactJid: other, body: 'Where is my parcel?' });
			await mock.simulate('spotler', 'message', { contactJid: other, message: { type: 'image', url: 'https://cdn.example.com/parcel.jpg', mimeType: 'image/jpeg' } });
			const runs = await active.waitForRuns(2);
			for (const run of runs) {
				expect(run.status).toBe('success');
				expect(run.order).toEqual(['Customer Message', 'Asks for a Human?', 'Bot Reply']);
			}
			const after = await conversationOf(other);
			expect(after).toMatchObject({ assignee: spotler.assistantJid, team: null, labels: [] });
			const botReplies = after.messages.filter((m: any) => m.direction === 'outbound').map((m: any) => m.message.body);
			expect(botReplies).toEqual(Array(2).fill('Thanks for your message! I am the support bot and I will look into it. Would you rather talk to a person? Just type "agent".'));
			await active.deactivate();
		});
	});

	describe('parley-negative-sentiment-reply.json (Parley)', () => {
		const workflow = example('parley-negative-sentiment-reply.json');

		it('replies once to each new negative result that can be answered; neutral results and unanswerable ones get nothing', async () => {
			const { parley } = samples;
			const { trigger, downstream, connections } = parts(workflow, 'New Negative Results');
			expect(trigger.parameters.searchProfile).toMatchObject({ value: parley.searchProfile });
			const poller = pollingTrigger(engine, trigger);
			// Activation: the first poll only notes where "new" begins.
			expect(await poller.poll()).toBeNull();

			const angry = await mock.simulate('parley', 'result', {
				searchId: parley.searchId,
				source: 'twitter',
				sentiment: 'negative',
				profileName: 'janedoe',
				text: 'Third day without internet. Useless!',
			});
			const neutral = await mock.simulate('parley', 'result', { searchId: parley.searchId, source: 'twitter', sentiment: 'neutral', text: 'What are your opening hours?' });
			const news = await mock.simulate('parley', 'result', { searchId: parley.searchId, source: 'news', sentiment: 'very negative', text: 'Outage hits thousands of homes' });
			const polled = await poller.poll();
			expect(polled![0].map((i) => i.json.messageId)).toEqual([String(angry.id), String(news.id)]);

			const nodes = [poller.node, ...downstream.map((spec: NodeSpec, i) => engine.node(spec, [220 * (i + 1), 0]))];
			// As n8n runs an active workflow after a poll: the trigger's items go on as they are.
			const run = await engine.runWorkflow(engine.workflow(nodes, connections), 'New Negative Results', polled![0], 'trigger');
			expect(run.error).toBeUndefined();
			expect(run.order).toEqual(['New Negative Results', 'Can We Reply?', 'Reply with an Apology']);
			expect(run.outputOf('Reply with an Apology')).toHaveLength(1);

			const { cases } = await mock.state('parley');
			const caseOf = (result: { caseId: number }) => cases.find((c: any) => c.id === result.caseId);
			expect(caseOf(angry).replies).toHaveLength(1);
			expect(caseOf(angry).replies[0]).toMatchObject({
				resultId: angry.id,
				connectionId: angry.connectionId,
				public: true,
				message: 'Hi janedoe, we are sorry to read this. Please send us a private message with your customer number, and we will sort it out for you right away.',
			});
			expect(caseOf(news).replies).toEqual([]);
			expect(caseOf(neutral).replies).toEqual([]);

			// Our own reply shows up in the search profile as a new (outgoing) result: it gets no reply.
			const next = await poller.poll();
			expect(next![0].map((i) => i.json.direction)).toEqual(['outbound']);
			const again = await engine.runWorkflow(engine.workflow(nodes, connections), 'New Negative Results', next![0], 'trigger');
			expect(again.status).toBe('success');
			expect(again.order).toEqual(['New Negative Results', 'Can We Reply?']);
			expect((await mock.state('parley')).cases.find((c: any) => c.id === angry.caseId).replies).toHaveLength(1);
			expect(await poller.poll()).toBeNull();
		});
	});

	describe('delivery-status-tracking.json (Spotler)', () => {
		const workflow = example('delivery-status-tracking.json');

		it('a failed message reopens the chat for the Support team with an internal comment; a delivered one changes nothing', async () => {
			const { spotler } = samples;
			const conversation = async () => (await mock.state('spotler')).conversations.find((c: any) => c.channelJid === spotler.channelJid && c.contactJid === spotler.contactJid);
			const channel = { __rl: true, mode: 'id', value: spotler.channelJid };
			// Before: we sent the customer a message and closed the chat.
			const sent = await engine.runNode({
				type: 'spotler',
				parameters: { resource: 'message', operation: 'send', channel, contact: spotler.contactJid, messageType: 'text', text: 'Your order has shipped.' },
			});
			expect(sent.status).toBe('success');
			await engine.runNode({ type: 'spotler', parameters: { resource: 'conversation', operation: 'update', channel, contact: spotler.contactJid, status: 'CLOSED' } });
			const closed = await conversation();
			expect(closed).toMatchObject({ status: 'CLOSED', assignee: spotler.assistantJid, team: null, comments: [] });

			const { trigger, downstream, connections } = parts(workflow, 'Delivery Report');
			const active = await harness.activate(trigger, { nodes: downstream, connections });

			await mock.simulate('spotler', 'receipt', { contactJid: spotler.contactJid, status: 'delivered' });
			const [delivered] = await active.waitForRuns(1);
			expect(delivered.order).toEqual(['Delivery Report', 'Delivery Failed?', 'Sent, Delivered or Read']);
			expect(await conversation()).toMatchObject({ status: 'CLOSED', assignee: spotler.assistantJid, team: null, comments: [] });

			const failed = await mock.simulate('spotler', 'receipt', { contactJid: spotler.contactJid, status: 'failed', error: 'Message undeliverable' });
			const [, failure] = await active.waitForRuns(2);
			expect(failure.status).toBe('success');
			expect([...failure.order.slice(2)].sort()).toEqual(['Note for the Agent', 'Reopen for Support Team']);
			const after = await conversation();
			expect(after).toMatchObject({ status: 'OPEN', assignee: null, team: { jid: spotler.teamJid } });
			expect(after.comments).toHaveLength(1);
			expect(after.comments[0].body).toBe(`Our WhatsApp message ${failed.messageId} could not be delivered (Message undeliverable). Please reach the customer another way, e.g. by phone or e-mail.`);
			await active.deactivate();
		});
	});
});
