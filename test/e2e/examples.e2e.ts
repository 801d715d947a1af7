import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

import { e2eRun, eventually, MockControl, n8nCli, PublicApi, RestSession, ROOT, type E2eRun, type Execution } from './context';
import { POLLING_TRIGGERS, TRIGGERS, type PollingTriggerRow, type WebhookTriggerRow } from './providers';

/**
 * Every example workflow (examples/*.json), imported into the real n8n by the set-up with its
 * credentials pointed at the mock, runs and changes the mock's state. How it starts depends on
 * its trigger:
 * - a package webhook trigger: activated through the public API, then the provider pushes an
 *   event (simulated on the mock) through n8n's webhook router, as in production;
 * - a package polling trigger: a new result is added on the mock, then n8n runs the workflow
 *   from the trigger through its REST API (the editor's "Execute workflow": the trigger fetches
 *   what is newest; the schedule itself is covered by triggers.e2e.ts);
 * - a Manual Trigger: the n8n CLI (`n8n execute --id`);
 * - any other trigger (e.g. a Schedule Trigger): n8n's REST API, from that trigger.
 * The event to simulate is the trigger row's (providers.ts) unless the example has a file
 * test/e2e/example-events/<name>.json: {"simulate": {"kind": "...", "body": {...}}} (kept out of
 * examples/, which users import into n8n).
 * The run itself (after the event) must have written to each provider whose node the workflow
 * uses (a call other than GET, none failing) and changed that provider's state.
 */
const run: E2eRun = e2eRun();
const api = new PublicApi(run);
const rest = new RestSession(run);
const mock = new MockControl(run.mockUrl);
const examplesDir = relative(ROOT, run.examplesDir) || '.';

interface WorkflowNode {
	name: string;
	type: string;
	webhookId?: string;
	disabled?: boolean;
	credentials?: Record<string, { id: string }>;
}

interface Sidecar {
	simulate?: { kind: string; body: Record<string, unknown> };
}

const webhookRows = new Map<string, WebhookTriggerRow>(TRIGGERS.map((row) => [`${run.packageName}.${row.node}`, row]));
const pollingRows = new Map<string, PollingTriggerRow>(POLLING_TRIGGERS.map((row) => [`${run.packageName}.${row.node}`, row]));
const slugOfCredentialType = new Map(run.credentials.filter((c) => c.type).map((c) => [c.type!, c.slug]));
const samplesOf = (slug: string) => run.credentials.find((c) => c.slug === slug)?.samples ?? {};

/** The providers a workflow talks to: those whose package credential one of its nodes uses. */
function providersOf(nodes: WorkflowNode[]): string[] {
	const slugs = new Set<string>();
	for (const node of nodes) {
		if (!node.type.startsWith(`${run.packageName}.`)) continue;
		for (const type of Object.keys(node.credentials ?? {})) {
			const slug = slugOfCredentialType.get(type);
			if (!slug) throw new Error(`node "${node.name}" uses credential type ${type}, which is not one the set-up imported`);
			slugs.add(slug);
		}
	}
	return [...slugs].sort();
}

function sidecarOf(file: string): Sidecar {
	const path = join(__dirname, 'example-events', basename(file));
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Sidecar) : {};
}

async function lastSeq(): Promise<number> {
	const all = await mock.requests();
	return all.length ? all[all.length - 1].seq : 0;
}

/** Waits until the mock has seen no new request for a second (n8n calls providers after it answers). */
async function settled(): Promise<void> {
	let seen = await lastSeq();
	for (;;) {
		await new Promise((r) => setTimeout(r, 1000));
		const now = await lastSeq();
		if (now === seen) return;
		seen = now;
	}
}

function expectSuccess(execution: Execution) {
	expect({ status: execution.status, error: execution.data?.resultData.error?.message }).toEqual({ status: 'success', error: undefined });
	return Object.keys(execution.data?.resultData.runData ?? {});
}

/** A Manual Trigger workflow, through the n8n CLI; returns the nodes that ran. */
async function runThroughCli(id: string): Promise<string[]> {
	const output = await n8nCli(run, ['execute', `--id=${id}`, '--rawOutput']);
	let result: { data: { resultData: { error?: { message: string }; runData: Record<string, unknown> } } };
	try {
		// The run data is printed as indented JSON, between log lines: from a line "{" to a line "}".
		const lines = output.split('\n');
		const start = lines.indexOf('{');
		result = JSON.parse(lines.slice(start, lines.indexOf('}', start) + 1).join('\n'));
	} catch {
		throw new Error(`n8n execute printed no run data:\n${output.slice(-3000)}`);
	}
	expect(result.data.resultData.error?.message).toBeUndefined();
	return Object.keys(result.data.resultData.runData);
}

/** Any trigger, through n8n's REST API (the editor's "Execute workflow"); returns the nodes that ran. */
async function runThroughRest(id: string, trigger: WorkflowNode): Promise<string[]> {
	const executionId = await rest.runFrom(id, trigger.name);
	return expectSuccess(await api.waitForExecution(executionId, 90_000));
}

/** A package webhook trigger: activated, then the provider pushes the event through n8n's router. */
async function runThroughWebhook(id: string, trigger: WorkflowNode, row: WebhookTriggerRow, sidecar: Sidecar) {
	const samples = samplesOf(row.slug);
	const type = run.nodeTypes.find((t) => t.name === trigger.type)!;
	const webhookUrl = `${run.n8nUrl}/webhook/${trigger.webhookId}/${type.webhookPaths[0]}`;
	const before = (await api.executions(id)).length;
	await api.activate(id);
	try {
		const registration = row.registration;
		if (registration.by === 'api') {
			const urls = await eventually(
				async () => registration.registeredUrls(await mock.state(row.slug), samples),
				(list) => list.includes(webhookUrl),
			);
			expect(urls).toContain(webhookUrl);
		} else {
			await registration.configure(mock, webhookUrl, samples);
		}
		const firedAt = await lastSeq();
		const simulate = sidecar.simulate ?? { kind: row.simulate.kind, body: row.simulate.body(samples) };
		const simulated = await mock.simulate(row.slug, simulate.kind, simulate.body);
		if (!row.delivered(simulated)) {
			throw new Error(
				`n8n did not take the simulated ${row.slug} "${simulate.kind}" event (${JSON.stringify(simulated).slice(0, 400)}).` +
					(sidecar.simulate ? '' : ` If this example's trigger listens to other events, say which one in test/e2e/example-events/<name>.json: {"simulate": {"kind": ..., "body": {...}}}`),
			);
		}
		const [latest] = await api.waitForExecutions(id, before + 1, 60_000);
		return { ran: expectSuccess(latest), firedAt };
	} finally {
		await api.deactivate(id);
		await settled();
	}
}

describe(`example workflows (${examplesDir}/*.json) inside n8n`, () => {
	if (run.examples.length === 0) {
		it(`there are none yet: ${examplesDir}/ has no *.json, so only the trigger and browser checks run`, () => {
			const files = existsSync(run.examplesDir) ? readdirSync(run.examplesDir).filter((f) => f.endsWith('.json')) : [];
			expect(files).toEqual([]);
			console.log(`No example workflows in ${examplesDir}/ yet; nothing to run there.`);
		});
		return;
	}

	it.each(run.examples.map((e) => [e.file, e] as const))(
		'%s runs and changes the mock as expected',
		async (_file, example) => {
			const workflow = await api.call<{ nodes: WorkflowNode[]; connections: Record<string, unknown> }>('GET', `/workflows/${example.id}`);
			const slugs = providersOf(workflow.nodes);
			expect(slugs.length).toBeGreaterThan(0);
			await mock.json('POST', '/__control/reset');
			await settled();
			const statesBefore = await Promise.all(slugs.map((s) => mock.state(s)));
			const sidecar = sidecarOf(example.file);

			// The start node: the enabled node that feeds others and is fed by none.
			const fed = new Set(
				JSON.stringify(workflow.connections)
					.match(/"node":"[^"]+"/g)
					?.map((m) => m.slice(8, -1)) ?? [],
			);
			const starts = workflow.nodes.filter((n) => !n.disabled && !fed.has(n.name) && n.name in workflow.connections);
			expect(starts.map((n) => n.name)).toHaveLength(1);
			const [start] = starts;

			let ran: string[];
			let firedAt = await lastSeq();
			let how: string;
			const webhookRow = webhookRows.get(start.type);
			const pollingRow = pollingRows.get(start.type);
			if (webhookRow) {
				({ ran, firedAt } = await runThroughWebhook(example.id, start, webhookRow, sidecar));
				how = "a simulated event through n8n's webhook router";
			} else if (pollingRow) {
				const simulate = sidecar.simulate ?? { kind: pollingRow.simulate.kind, body: pollingRow.simulate.body(samplesOf(pollingRow.slug)) };
				await mock.simulate(pollingRow.slug, simulate.kind, simulate.body);
				firedAt = await lastSeq();
				ran = await runThroughRest(example.id, start);
				how = "a new result on the mock, then n8n's REST API from the polling trigger";
			} else if (start.type === 'n8n-nodes-base.manualTrigger') {
				ran = await runThroughCli(example.id);
				how = 'the n8n CLI';
			} else {
				ran = await runThroughRest(example.id, start);
				how = `n8n's REST API from its ${start.type} node`;
			}
			console.log(`${example.file} ("${example.name}") ran through ${how}: ${ran.join(' -> ')}`);

			// What the run itself sent each provider (after the event; not the trigger's registration).
			const calls = (await mock.requests()).filter((r) => r.seq > firedAt);
			for (const [i, slug] of slugs.entries()) {
				const own = calls.filter((c) => c.provider === slug);
				// A 401 is n8n renewing an OAuth2 token the mock's reset ended; it retries by itself.
				const failed = own.filter((c) => (c.status ?? 0) >= 400 && c.status !== 401);
				expect({ slug, failedCalls: failed.map((c) => `${c.method} ${c.path} -> ${c.status}`) }).toEqual({ slug, failedCalls: [] });
				expect({ slug, writes: own.filter((c) => c.method !== 'GET').length > 0 }).toEqual({ slug, writes: true });
				expect({ slug, stateChanged: JSON.stringify(await mock.state(slug)) !== JSON.stringify(statesBefore[i]) }).toEqual({ slug, stateChanged: true });
			}
		},
		150_000,
	);
});
