import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What global-setup.js started, as it wrote it to .n8n-e2e/e2e-run.json. */
export interface E2eRun {
	n8nUrl: string;
	mockUrl: string;
	userFolder: string;
	owner: { email: string; password: string };
	apiKey: string;
	packageName: string;
	/** The package's node and credential files (package.json "n8n"), to know what must be covered. */
	packageNodes: string[];
	/** The package's node types as the running server loaded them. */
	nodeTypes: PackageNodeType[];
	credentials: Array<{ slug: string; status: string; type?: string; id?: string; name?: string; samples?: Record<string, any>; reason?: string }>;
	examples: Array<{ file: string; id: string; name: string }>;
	/** Where the examples were read from (examples/ unless OMNICHANNEL_EXAMPLES_DIR). */
	examplesDir: string;
	/** Environment for the n8n CLI (Node 24 on PATH, the same user folder). */
	cliEnv: Record<string, string>;
	cli: { node: string; n8n: string };
}

export const ROOT = resolve(__dirname, '..', '..');
export const RUN_FILE = join(ROOT, '.n8n-e2e', 'e2e-run.json');

export function e2eRun(): E2eRun {
	return JSON.parse(readFileSync(RUN_FILE, 'utf8')) as E2eRun;
}

export interface PackageNodeType {
	/** Full type name, e.g. n8n-nodes-omnichannel.spotler */
	name: string;
	displayName: string;
	version: number | number[];
	group: string[];
	icon: unknown;
	credentials?: Array<{ name: string }>;
	/** The `path` of each webhook the node declares (its URL is <n8n>/webhook/<webhookId>/<path>). */
	webhookPaths: string[];
	polling: boolean;
	/** Whether it has resources/operations (the node creator then lists them as actions). */
	hasOperations: boolean;
}

export const latestVersion = (t: PackageNodeType) => (Array.isArray(t.version) ? Math.max(...t.version) : t.version);

/** n8n's public API (/api/v1, with the API key the set-up created). */
export class PublicApi {
	constructor(private readonly run: E2eRun) {}

	async call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.run.n8nUrl}/api/v1${path}`, {
			method,
			headers: {
				'x-n8n-api-key': this.run.apiKey,
				accept: 'application/json',
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`n8n ${method} /api/v1${path} -> ${response.status}: ${text.slice(0, 800)}`);
		return (text ? JSON.parse(text) : undefined) as T;
	}

	createWorkflow(workflow: { name: string; nodes: unknown[]; connections: unknown; settings?: unknown }) {
		return this.call<{ id: string; active: boolean }>('POST', '/workflows', { settings: { executionOrder: 'v1' }, ...workflow });
	}
	activate(id: string) {
		return this.call<{ active: boolean }>('POST', `/workflows/${id}/activate`);
	}
	deactivate(id: string) {
		return this.call<{ active: boolean }>('POST', `/workflows/${id}/deactivate`);
	}
	deleteWorkflow(id: string) {
		return this.call('DELETE', `/workflows/${id}`);
	}
	async executions(workflowId: string): Promise<Execution[]> {
		const page = await this.call<{ data: Execution[] }>('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=50`);
		return page.data;
	}
	/** Waits until the workflow has `count` finished executions (n8n saves them when they end). */
	async waitForExecutions(workflowId: string, count: number, timeoutMs = 60_000): Promise<Execution[]> {
		const deadline = Date.now() + timeoutMs;
		let last: Execution[] = [];
		while (Date.now() < deadline) {
			last = (await this.executions(workflowId)).filter((e) => e.finished || (e.status !== 'running' && e.status !== 'new'));
			if (last.length >= count) return last;
			await new Promise((r) => setTimeout(r, 500));
		}
		throw new Error(`workflow ${workflowId}: ${last.length} of ${count} executions finished within ${timeoutMs / 1000} s`);
	}
	/** Waits until one execution has finished and returns it with its data. */
	async waitForExecution(id: string, timeoutMs = 60_000): Promise<Execution> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const execution = await this.call<Execution>('GET', `/executions/${id}?includeData=true`).catch(() => undefined);
			if (execution && (execution.finished || !['running', 'new', 'waiting'].includes(execution.status))) return execution;
			if (Date.now() > deadline) throw new Error(`execution ${id} did not finish within ${timeoutMs / 1000} s`);
			await new Promise((r) => setTimeout(r, 500));
		}
	}
	testCredential(id: string) {
		return this.call<{ status: string; message: string }>('POST', `/credentials/${id}/test`);
	}
}

export interface Execution {
	id: string;
	finished: boolean;
	status: string;
	mode: string;
	data?: { resultData: { runData: Record<string, Array<{ data?: { main: Array<Array<{ json: any }> | null> }; error?: { message: string } }>>; error?: { message: string } } };
}

/** The items a node produced in an execution (first output). */
export function outputOf(execution: Execution, nodeName: string): any[] {
	const runs = execution.data?.resultData.runData[nodeName];
	if (!runs) throw new Error(`node "${nodeName}" did not run; ran: ${Object.keys(execution.data?.resultData.runData ?? {}).join(', ')}`);
	return (runs[0].data?.main[0] ?? []).map((item) => item.json);
}

/** The mock server's control API. */
export class MockControl {
	constructor(private readonly url: string) {}

	async json<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.url}${path}`, {
			method,
			// The control API refuses state-changing calls that are not JSON (cross-site requests).
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`mock ${method} ${path} -> ${response.status}: ${text.slice(0, 500)}`);
		return (text ? JSON.parse(text) : undefined) as T;
	}
	state<T = any>(slug: string) {
		return this.json<T>('GET', `/__control/${slug}/state`);
	}
	simulate<T = any>(slug: string, kind: string, body: Record<string, unknown>) {
		return this.json<T>('POST', `/__control/${slug}/simulate/${kind}`, body);
	}
	requests(query: Record<string, string> = {}) {
		return this.json<Array<{ seq: number; provider: string; method: string; path: string; status?: number; body?: any }>>('GET', `/__control/requests?${new URLSearchParams(query)}`);
	}
}

/** Runs the n8n CLI against the suite's server user folder; resolves with stdout. */
export function n8nCli(run: E2eRun, args: string[], timeoutMs = 180_000): Promise<string> {
	return new Promise((resolvePromise, reject) => {
		execFile(run.cli.node, [run.cli.n8n, ...args], { env: run.cliEnv, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (error) reject(new Error(`n8n ${args.join(' ')} failed: ${error.message}\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`));
			else resolvePromise(stdout);
		});
	});
}

/**
 * Polls until `read()` gives a value `accept` takes (n8n registers and removes webhooks
 * shortly after activate/deactivate answer); returns the last value either way, so the caller's
 * expect() shows what was there.
 */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let value = await read();
	while (!accept(value) && Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 250));
		value = await read();
	}
	return value;
}

/** n8n's internal REST API (/rest), signed in as the owner: what the editor itself calls. */
export class RestSession {
	private cookie = '';

	constructor(private readonly run: E2eRun) {}

	async call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		if (!this.cookie && path !== '/login') {
			await this.call('POST', '/login', { emailOrLdapLoginId: this.run.owner.email, password: this.run.owner.password });
		}
		const response = await fetch(`${this.run.n8nUrl}/rest${path}`, {
			method,
			headers: { accept: 'application/json', 'browser-id': 'omnichannel-e2e', cookie: this.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const auth = response.headers.getSetCookie().find((c) => c.startsWith('n8n-auth='));
		if (auth) this.cookie = auth.split(';')[0];
		const text = await response.text();
		if (!response.ok) throw new Error(`n8n ${method} /rest${path} -> ${response.status}: ${text.slice(0, 800)}`);
		const json = text ? JSON.parse(text) : undefined;
		return (json && typeof json === 'object' && 'data' in json ? json.data : json) as T;
	}

	/** Runs a saved workflow from one of its triggers, as the editor's "Execute workflow" does. */
	async runFrom(workflowId: string, triggerName: string): Promise<string> {
		const started = await this.call<{ executionId?: string }>('POST', `/workflows/${workflowId}/run`, { triggerToStartFrom: { name: triggerName } });
		if (!started?.executionId) throw new Error(`n8n did not start workflow ${workflowId}: ${JSON.stringify(started)}`);
		return started.executionId;
	}
}
