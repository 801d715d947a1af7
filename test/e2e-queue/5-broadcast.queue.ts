import { recipient } from '../../scripts/bench/variants';
import { credentialFor, line, mockControl, packageNode, publicApi, queueRun, sleep, StackControl, waitForEnded, webhookNode } from './context';

/**
 * A 10,000-recipient WhatsApp template broadcast under queue mode: the recipient list is posted to
 * the webhook process, and one execution on a worker initiates the conversations and sends the
 * template through Social25's bulk endpoint (the benchmark's variant (a)). The mock's state holds
 * exactly one template message in each recipient's conversation.
 */
const N = Number(process.env.QUEUE_BROADCAST ?? 10_000);
const run = queueRun();
const api = publicApi(run);
const mock = mockControl(run);
const control = new StackControl(run);

const digits = (phone: unknown) => String(phone ?? '').replace(/\D/g, '');
const list = (value: any): any[] => (Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : []);

it(`a ${N.toLocaleString('en')}-recipient broadcast completes on a worker, every recipient accepted once`, async () => {
	await mock.json('POST', '/__control/reset');
	const credential = credentialFor(run, 'social25');
	const s = credential.samples;
	const credentials = { [credential.type]: { id: credential.id, name: credential.name } };
	const path = `queue-broadcast-${Date.now()}`;
	const created = await api.createWorkflow({
		name: `queue broadcast ${Date.now()}`,
		nodes: [
			webhookNode(path),
			{ id: 'split', name: 'Recipients', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [200, 0], parameters: { fieldToSplitOut: 'body.recipients', options: {} } },
			packageNode(
				run,
				'social25',
				'Initiate',
				{
					resource: 'conversation',
					operation: 'initiate',
					platform: { __rl: true, mode: 'id', value: s.whatsappPlatformExternalId },
					phoneNumber: '={{ $json.phone }}',
					batchSize: 500,
				},
				{ credentials, position: [400, 0] },
			),
			// Version 1 (Body Parameters); version 2 reads Template Variables and checks them first.
			packageNode(
				run,
				'social25',
				'Send in Bulk',
				{
					resource: 'message',
					operation: 'sendBulk',
					conversationId: { __rl: true, mode: 'id', value: '={{ $json.conversation_id }}' },
					bulkMessageType: 'media_hsm',
					language: s.templateLanguage,
					template: { __rl: true, mode: 'name', value: s.templateName },
					bodyParameters: { parameter: [{ text: "={{ $('Recipients').item.json.name }}" }, { text: "={{ $('Recipients').item.json.order }}" }] },
					batchSize: 500,
				},
				{ credentials, position: [600, 0], typeVersion: 1 },
			),
		],
		connections: line('Webhook', 'Recipients', 'Initiate', 'Send in Bulk'),
	});
	try {
		expect((await api.activate(created.id)).active).toBe(true);
		await sleep(2_000);
		const recipients = Array.from({ length: N }, (_, i) => ({ phone: `+${recipient(i)}`, name: `Customer ${i + 1}`, order: `A-${100_000 + i}` }));
		const started = Date.now();
		const response = await fetch(`${run.webhookUrl}/webhook/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ recipients }) });
		expect(response.status).toBe(200);
		const [execution] = await waitForEnded(run, created.id, 1, 900_000);
		const seconds = (Date.now() - started) / 1000;
		process.stdout.write(`\nbroadcast of ${N} under queue mode: ${execution.status} in ${seconds.toFixed(1)} s on ${(await control.workerOf(execution.id)).join(',')}\n`);
		expect(execution.status).toBe('success');
		expect(await control.workerOf(execution.id)).toEqual([expect.stringMatching(/^worker\d$/)]);

		// The mock's accounting: the recipients' conversations, each with exactly one outbound template.
		const state = await mock.state('social25');
		const outboundPerPhone = new Map<string, number>();
		for (const c of list(state.conversations)) {
			const phone = digits(c.user?.phone_number);
			const sent = (c.messages ?? []).filter((m: any) => m.outbound === true).length;
			if (phone) outboundPerPhone.set(phone, (outboundPerPhone.get(phone) ?? 0) + sent);
		}
		const wanted = recipients.map((r) => digits(r.phone));
		expect(wanted.filter((p) => outboundPerPhone.get(p) !== 1).slice(0, 20)).toEqual([]);
		const bulkRequests = (await mock.requests({ provider: 'social25', method: 'POST' })).filter((r) => /messages\/bulk/.test(r.path));
		expect(bulkRequests.length).toBe(Math.ceil(N / 500));
		expect(bulkRequests.every((r) => r.status !== undefined && r.status < 300)).toBe(true);
	} finally {
		await api.deactivate(created.id).catch(() => undefined);
		await api.deleteWorkflow(created.id).catch(() => undefined);
	}
}, 1_000_000);
