import { randomUUID } from 'node:crypto';

import { e2eRun, eventually, latestVersion, MockControl, outputOf, PublicApi, type E2eRun, type PackageNodeType } from './context';
import { POLLING_TRIGGERS, TRIGGERS, type PollingTriggerRow, type WebhookTriggerRow } from './providers';

/**
 * Every trigger of the package, inside the real n8n: activated through n8n's public API, it
 * registers its webhook on the mock with n8n's real webhook URL (or the suite enters that URL in
 * the mock's stand-in for the provider's console); a simulated inbound event reaches n8n's
 * webhook router and runs the workflow, whose next node acts on the provider; deactivating
 * removes the webhook, and n8n's router stops taking deliveries for it.
 */
const run: E2eRun = e2eRun();
const api = new PublicApi(run);
const mock = new MockControl(run.mockUrl);

const packageTriggers = run.nodeTypes.filter((t) => t.group.includes('trigger'));
const rowFor = (type: PackageNodeType) => [...TRIGGERS, ...POLLING_TRIGGERS].find((r) => `${run.packageName}.${r.node}` === type.name);

function nodeType(shortName: string): PackageNodeType {
	const type = run.nodeTypes.find((t) => t.name === `${run.packageName}.${shortName}`);
	if (!type) throw new Error(`n8n did not load ${run.packageName}.${shortName}; loaded: ${run.nodeTypes.map((t) => t.name).join(', ')}`);
	return type;
}

function credentialFor(slug: string) {
	const credential = run.credentials.find((c) => c.slug === slug);
	if (!credential?.id) throw new Error(`no ${slug} credential was imported into n8n: ${credential?.reason ?? 'provider missing from the mock'}`);
	return credential as Required<typeof credential>;
}

describe('every trigger the package ships has an e2e row', () => {
	it(`covers ${packageTriggers.map((t) => t.name.split('.')[1]).join(', ') || '(no triggers loaded)'}`, () => {
		expect(packageTriggers.length).toBeGreaterThan(0);
		expect(packageTriggers.filter((t) => !rowFor(t)).map((t) => `${t.name} has no e2e row in test/e2e/providers.ts`)).toEqual([]);
	});
});

const covered = packageTriggers.flatMap((type) => {
	const row = TRIGGERS.find((r) => `${run.packageName}.${r.node}` === type.name);
	return row ? [[type.displayName, type, row] as const] : [];
});
const polled = packageTriggers.flatMap((type) => {
	const row = POLLING_TRIGGERS.find((r) => `${run.packageName}.${r.node}` === type.name);
	return row ? [[type.displayName, type, row] as const] : [];
});

/** A workflow: the trigger, then the row's next node, with the provider's imported credential. */
async function createTriggerWorkflow(
	type: PackageNodeType,
	slug: string,
	triggerParameters: Record<string, unknown>,
	next: WebhookTriggerRow['next'],
	samples: Record<string, any>,
	webhookId?: string,
) {
	const credential = credentialFor(slug);
	const nextType = nodeType(next.node);
	const credentialRef = { [credential.type]: { id: credential.id, name: credential.name } };
	const created = await api.createWorkflow({
		name: `e2e ${type.displayName} ${Date.now()}`,
		nodes: [
			{
				id: randomUUID(),
				name: 'Trigger',
				type: type.name,
				typeVersion: latestVersion(type),
				position: [0, 0],
				...(webhookId ? { webhookId } : {}),
				parameters: triggerParameters,
				credentials: credentialRef,
			},
			{
				id: randomUUID(),
				name: 'Next',
				type: nextType.name,
				typeVersion: latestVersion(nextType),
				position: [220, 0],
				parameters: typeof next.parameters === 'function' ? next.parameters(samples) : next.parameters,
				credentials: credentialRef,
			},
		],
		connections: { Trigger: { main: [[{ node: 'Next', type: 'main', index: 0 }]] } },
	});
	return created.id;
}

describe.each(covered)('%s inside n8n', (_name, type: PackageNodeType, row: WebhookTriggerRow) => {
	let workflowId: string | undefined;
	let webhookUrl: string;
	let samples: Record<string, any>;

	beforeAll(async () => {
		await mock.json('POST', '/__control/reset');
		samples = credentialFor(row.slug).samples;
		const webhookId = randomUUID();
		expect(type.webhookPaths).toHaveLength(1);
		webhookUrl = `${run.n8nUrl}/webhook/${webhookId}/${type.webhookPaths[0]}`;
		workflowId = await createTriggerWorkflow(type, row.slug, row.parameters(samples), row.next, samples, webhookId);
	});

	afterAll(async () => {
		if (!workflowId) return;
		await api.deactivate(workflowId).catch(() => undefined);
		await api.deleteWorkflow(workflowId).catch(() => undefined);
	});

	const registration = row.registration;
	const registered = async () => (registration.by === 'api' ? registration.registeredUrls(await mock.state(row.slug), samples) : []);

	if (registration.by === 'api') {
		it("activation through n8n registers n8n's real webhook URL on the provider", async () => {
			expect(await registered()).not.toContain(webhookUrl);
			expect((await api.activate(workflowId!)).active).toBe(true);
			expect(await eventually(registered, (urls) => urls.includes(webhookUrl))).toEqual([webhookUrl]);
		});
	} else {
		it("activation through n8n; n8n's real webhook URL entered in the provider's console (the mock's control API)", async () => {
			expect((await api.activate(workflowId!)).active).toBe(true);
			await registration.configure(mock, webhookUrl, samples);
		});
	}

	it("a simulated inbound event goes through n8n's webhook router and runs the workflow; its next node acts on the provider", async () => {
		const simulated = await mock.simulate(row.slug, row.simulate.kind, row.simulate.body(samples));
		expect({ delivered: row.delivered(simulated), simulated }).toMatchObject({ delivered: true });

		const [execution] = await api.waitForExecutions(workflowId!, 1);
		expect(execution.mode).toBe('webhook');
		expect({ status: execution.status, error: execution.data?.resultData.error?.message }).toEqual({ status: 'success', error: undefined });
		const items = outputOf(execution, 'Trigger');
		expect(items).toHaveLength(1);
		row.expectTriggerItem(items[0], samples, simulated);
		expect(outputOf(execution, 'Next').length).toBeGreaterThan(0);
		row.next.expectInState(await mock.state(row.slug), samples, simulated);
	});

	it(
		registration.by === 'api' && !registration.keptBecause
			? "deactivation through n8n removes the webhook from the provider, and n8n's router no longer takes it"
			: "deactivation through n8n: n8n's router no longer takes the webhook" +
					(registration.by === 'api' ? ` (it stays on the provider: ${registration.keptBecause})` : " (the console entry is the user's to remove)"),
		async () => {
			expect((await api.deactivate(workflowId!)).active).toBe(false);
			if (registration.by === 'api' && !registration.keptBecause) {
				expect(await eventually(registered, (urls) => !urls.includes(webhookUrl))).not.toContain(webhookUrl);
			}
			const status = await eventually(
				async () => (await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
				(s) => s === 404,
			);
			expect(status).toBe(404);
		},
	);
});

describe.each(polled)('%s inside n8n (polling)', (_name, type: PackageNodeType, row: PollingTriggerRow) => {
	let workflowId: string | undefined;
	let samples: Record<string, any>;
	const polls = async () => (await mock.requests({ provider: row.slug, method: 'GET' })).filter((r) => row.pollPath.test(r.path));

	beforeAll(async () => {
		await mock.json('POST', '/__control/reset');
		samples = credentialFor(row.slug).samples;
		workflowId = await createTriggerWorkflow(type, row.slug, row.parameters(samples), row.next, samples);
	});

	afterAll(async () => {
		if (!workflowId) return;
		await api.deactivate(workflowId).catch(() => undefined);
		await api.deleteWorkflow(workflowId).catch(() => undefined);
	});

	it('activation through n8n polls the provider once at once, to note where "new" starts', async () => {
		expect(await polls()).toEqual([]);
		expect((await api.activate(workflowId!)).active).toBe(true);
		expect((await eventually(polls, (list) => list.length > 0)).length).toBeGreaterThan(0);
		expect(await api.executions(workflowId!)).toEqual([]);
	});

	it("a new result on the provider starts the workflow at n8n's next poll (within a minute); its next node acts on the provider", async () => {
		const simulated = await mock.simulate(row.slug, row.simulate.kind, row.simulate.body(samples));
		const [execution] = await api.waitForExecutions(workflowId!, 1, 90_000);
		expect(execution.mode).toBe('trigger');
		expect({ status: execution.status, error: execution.data?.resultData.error?.message }).toEqual({ status: 'success', error: undefined });
		const items = outputOf(execution, 'Trigger');
		expect(items).toHaveLength(1);
		row.expectTriggerItem(items[0], samples, simulated);
		expect(outputOf(execution, 'Next').length).toBeGreaterThan(0);
		row.next.expectInState(await mock.state(row.slug), samples, simulated);
	}, 120_000);

	it('deactivation through n8n stops the polling (no poll reaches the provider for over a minute)', async () => {
		expect((await api.deactivate(workflowId!)).active).toBe(false);
		const before = (await polls()).length;
		await new Promise((r) => setTimeout(r, 65_000));
		expect((await polls()).length).toBe(before);
	}, 120_000);
});
