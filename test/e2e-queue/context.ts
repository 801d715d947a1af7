import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { MockControl, PublicApi, RestSession, type E2eRun } from '../e2e/context';

/** What global-setup.js started, as it wrote it to .n8n-e2e/queue-run.json. */
export interface QueueRun {
	mainUrl: string;
	owner: { email: string; password: string };
	/** The webhook process: what N8N_WEBHOOK_URL names, so what triggers register. */
	webhookUrl: string;
	mockUrl: string;
	apiKey: string;
	credentials: Array<{ slug: string; type?: string; id?: string; name?: string; samples?: Record<string, any>; reason?: string }>;
	workers: string[];
	controlUrl: string;
	/** The package's node types as main loaded them: full name -> latest version and webhook paths. */
	nodeTypes: Record<string, { version: number; webhookPaths: string[] }>;
}

export const ROOT = resolve(__dirname, '..', '..');
export const PACKAGE = 'n8n-nodes-omnichannel';

export function queueRun(): QueueRun {
	return JSON.parse(readFileSync(join(ROOT, '.n8n-e2e', 'queue-run.json'), 'utf8')) as QueueRun;
}

/** n8n's public API on main (the e2e suite's client, pointed at main). */
export const publicApi = (run: QueueRun) => new PublicApi({ n8nUrl: run.mainUrl, apiKey: run.apiKey } as E2eRun);
/** n8n's internal REST API on main, signed in as the owner. */
export const restSession = (run: QueueRun) => new RestSession({ n8nUrl: run.mainUrl, owner: run.owner } as E2eRun);
export const mockControl = (run: QueueRun) => new MockControl(run.mockUrl);

export function credentialFor(run: QueueRun, slug: string) {
	const credential = run.credentials.find((c) => c.slug === slug);
	if (!credential?.id || !credential.type) throw new Error(`no ${slug} credential was imported into n8n: ${credential?.reason ?? 'provider missing from the mock'}`);
	return credential as Required<typeof credential>;
}

/** A node of this package in a workflow, at the version main loaded. */
export function packageNode(run: QueueRun, shortName: string, name: string, parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	const type = run.nodeTypes[`${PACKAGE}.${shortName}`];
	if (!type) throw new Error(`main did not load ${PACKAGE}.${shortName}`);
	return { id: randomUUID(), name, type: `${PACKAGE}.${shortName}`, typeVersion: type.version, position: [0, 0], parameters, ...extra };
}

/** n8n's own Webhook trigger, answering at once (the execution runs on a worker afterwards). */
export function webhookNode(path: string) {
	return {
		id: randomUUID(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
	};
}

/** Connects nodes one after the other. */
export function line(...names: string[]) {
	return Object.fromEntries(names.slice(0, -1).map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]));
}

/** The set-up's control server: restart, stop or kill one n8n process; which worker ran what. */
export class StackControl {
	constructor(private readonly run: QueueRun) {}

	private async call<T>(method: string, path: string): Promise<T> {
		const response = await fetch(`${this.run.controlUrl}${path}`, { method });
		const body = await response.json();
		if (!response.ok) throw new Error(`control ${method} ${path} -> ${response.status}: ${body.message}`);
		return body as T;
	}
	start(name: string) {
		return this.call<{ ms: number }>('POST', `/n8n/${name}/start`);
	}
	stop(name: string) {
		return this.call<{ ms: number }>('POST', `/n8n/${name}/stop`);
	}
	kill(name: string) {
		return this.call<{ ms: number }>('POST', `/n8n/${name}/kill`);
	}
	/** Execution ids each worker's log says it started ("Worker started execution N"). */
	workers() {
		return this.call<Record<string, string[]>>('GET', '/workers');
	}
	/** One n8n process's whole log (every run of it). */
	async log(name: string): Promise<string> {
		return (await this.call<{ log: string }>('GET', `/log/${name}`)).log;
	}
	/** The worker whose log says it started the execution (undefined when none did). */
	async workerOf(executionId: string): Promise<string[]> {
		const byWorker = await this.workers();
		return Object.entries(byWorker)
			.filter(([, ids]) => ids.includes(String(executionId)))
			.map(([name]) => name);
	}
}

export interface ExecutionSummary {
	id: string;
	status: string;
	finished: boolean;
	mode: string;
	startedAt?: string;
	stoppedAt?: string;
}

/** Every execution of a workflow (paged through the public API, without data). */
export async function allExecutions(run: QueueRun, workflowId: string): Promise<ExecutionSummary[]> {
	const all: ExecutionSummary[] = [];
	let cursor: string | undefined;
	do {
		const query = new URLSearchParams({ workflowId, limit: '250', ...(cursor ? { cursor } : {}) });
		const response = await fetch(`${run.mainUrl}/api/v1/executions?${query}`, { headers: { 'x-n8n-api-key': run.apiKey, accept: 'application/json' } });
		if (!response.ok) throw new Error(`executions of ${workflowId} -> ${response.status}: ${(await response.text()).slice(0, 300)}`);
		const page = (await response.json()) as { data: ExecutionSummary[]; nextCursor?: string | null };
		all.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return all;
}

const ended = (e: ExecutionSummary) => !['new', 'running', 'waiting'].includes(e.status);

/** Waits until `count` executions of the workflow have ended (or the time is up); returns them all. */
export async function waitForEnded(run: QueueRun, workflowId: string, count: number, timeoutMs: number): Promise<ExecutionSummary[]> {
	const deadline = Date.now() + timeoutMs;
	let all = await allExecutions(run, workflowId);
	while (all.filter(ended).length < count && Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 1000));
		all = await allExecutions(run, workflowId);
	}
	return all;
}

/** Runs `task` over `inputs`, at most `limit` at a time. */
export async function pool<T, R>(inputs: T[], limit: number, task: (input: T, index: number) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(inputs.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, inputs.length) }, async () => {
			while (next < inputs.length) {
				const i = next++;
				results[i] = await task(inputs[i], i);
			}
		}),
	);
	return results;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
