import { randomUUID } from 'node:crypto';

import { eventually, outputOf } from '../e2e/context';
import { TRIGGERS, type WebhookTriggerRow } from '../e2e/providers';
import { credentialFor, mockControl, PACKAGE, packageNode, publicApi, queueRun, StackControl } from './context';

/**
 * Every webhook trigger of the package under queue mode (the e2e suite's rows, test/e2e/providers.ts):
 * activated through main, it registers the URL the webhook process serves (N8N_WEBHOOK_URL), not
 * main's; a simulated delivery reaches the webhook process and runs on a worker (the worker's log
 * says "Worker started execution N"); deactivation through main removes the webhook and the
 * webhook process stops taking it.
 */
const run = queueRun();
const api = publicApi(run);
const mock = mockControl(run);
const control = new StackControl(run);

const loaded = Object.entries(run.nodeTypes).filter(([, t]) => (t as any).group?.includes('trigger') && t.webhookPaths.length > 0);

it('every webhook trigger main loaded has a row', () => {
	expect(loaded.length).toBeGreaterThan(0);
	expect(loaded.map(([name]) => name).filter((name) => !TRIGGERS.some((r) => `${PACKAGE}.${r.node}` === name))).toEqual([]);
});

describe.each(TRIGGERS.map((row) => [row.node, row] as const))('%s under queue mode', (_name, row: WebhookTriggerRow) => {
	let workflowId: string | undefined;
	let webhookUrl: string;
	let samples: Record<string, any>;

	beforeAll(async () => {
		await mock.json('POST', '/__control/reset');
		const credential = credentialFor(run, row.slug);
		samples = credential.samples;
		const webhookId = randomUUID();
		const type = run.nodeTypes[`${PACKAGE}.${row.node}`];
		expect(type.webhookPaths).toHaveLength(1);
		webhookUrl = `${run.webhookUrl}/webhook/${webhookId}/${type.webhookPaths[0]}`;
		const credentials = { [credential.type]: { id: credential.id, name: credential.name } };
		const next = row.next;
		const created = await api.createWorkflow({
			name: `queue ${row.node} ${Date.now()}`,
			nodes: [
				packageNode(run, row.node, 'Trigger', row.parameters(samples), { webhookId, credentials }),
				packageNode(run, next.node, 'Next', typeof next.parameters === 'function' ? next.parameters(samples) : next.parameters, { credentials, position: [220, 0] }),
			],
			connections: { Trigger: { main: [[{ node: 'Next', type: 'main', index: 0 }]] } },
		});
		workflowId = created.id;
	});

	afterAll(async () => {
		if (!workflowId) return;
		await api.deactivate(workflowId).catch(() => undefined);
		await api.deleteWorkflow(workflowId).catch(() => undefined);
	});

	const registration = row.registration;
	const registered = async () => (registration.by === 'api' ? registration.registeredUrls(await mock.state(row.slug), samples) : []);

	it("activation through main registers the webhook process URL (N8N_WEBHOOK_URL), not main's", async () => {
		expect(webhookUrl.startsWith(run.webhookUrl)).toBe(true);
		expect((await api.activate(workflowId!)).active).toBe(true);
		if (registration.by === 'api') {
			expect(await eventually(registered, (urls) => urls.includes(webhookUrl))).toEqual([webhookUrl]);
		} else {
			await registration.configure(mock, webhookUrl, samples);
		}
	});

	it('a delivery through the webhook process runs on a worker; its next node acts on the provider', async () => {
		const simulated = await mock.simulate(row.slug, row.simulate.kind, row.simulate.body(samples));
		expect({ delivered: row.delivered(simulated), simulated }).toMatchObject({ delivered: true });
		const [execution] = await api.waitForExecutions(workflowId!, 1, 120_000);
		expect(execution.mode).toBe('webhook');
		expect({ status: execution.status, error: execution.data?.resultData.error?.message }).toEqual({ status: 'success', error: undefined });
		row.expectTriggerItem(outputOf(execution, 'Trigger')[0], samples, simulated);
		row.next.expectInState(await mock.state(row.slug), samples, simulated);
		// Exactly one worker's log names this execution.
		expect(await control.workerOf(execution.id)).toEqual([expect.stringMatching(/^worker\d$/)]);
	});

	it('deactivation through main removes the webhook; the webhook process no longer takes it', async () => {
		expect((await api.deactivate(workflowId!)).active).toBe(false);
		if (registration.by === 'api' && !registration.keptBecause) {
			expect(await eventually(registered, (urls) => !urls.includes(webhookUrl))).not.toContain(webhookUrl);
		}
		const status = await eventually(
			async () => (await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
			(s) => s === 404,
		);
		expect(status).toBe(404);
	});
});
