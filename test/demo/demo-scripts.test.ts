import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The demo's scripts (scripts/n8n/): importing examples keeps the user's edits, and the long
// install shows progress. The real n8n side is exercised by npm run test:e2e's global setup.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { importExamples } = require('../../scripts/n8n/stack') as {
	importExamples(client: unknown, credentialRows: unknown[], options?: { restore?: boolean }): Promise<Array<{ file: string; id: string; name: string; status: string }>>;
};
const ROOT = resolve(__dirname, '..', '..');
const exampleNames = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json'));

/** The few REST calls importExamples makes, over workflows kept in memory as n8n keeps them. */
class WorkflowStore {
	readonly workflows = new Map<string, { id: string; name: string; nodes: unknown[]; versionId: string }>();
	readonly calls: string[] = [];
	private next = 1;

	async get(path: string) {
		this.calls.push(`GET ${path}`);
		if (path === '/rest/workflows') return [...this.workflows.values()];
		return this.workflows.get(path.split('/').at(-1)!);
	}
	async post(path: string, body: { name: string; nodes: unknown[] }) {
		this.calls.push(`POST ${path}`);
		const saved = { ...body, id: String(this.next++), versionId: 'v1' };
		this.workflows.set(saved.id, saved);
		return saved;
	}
	async patch(path: string, body: { name: string; nodes: unknown[]; versionId: string }) {
		this.calls.push(`PATCH ${path}`);
		const id = path.split('/').at(-1)!;
		if (this.workflows.get(id)?.versionId !== body.versionId) throw new Error('stale versionId');
		const saved = { ...body, id, versionId: `${body.versionId}+` };
		this.workflows.set(id, saved);
		return saved;
	}
}

describe('npm run demo: the example workflows', () => {
	it('imports every example into an empty n8n', async () => {
		const n8n = new WorkflowStore();
		const rows = await importExamples(n8n, []);
		expect(rows.map((r) => r.file).sort()).toEqual(exampleNames.sort());
		expect(rows.every((r) => r.status === 'imported')).toBe(true);
		expect(n8n.workflows.size).toBe(exampleNames.length);
	});

	it('keeps an example the user edited, and replaces it only with restore', async () => {
		const n8n = new WorkflowStore();
		const [first] = await importExamples(n8n, []);
		const edited = { ...n8n.workflows.get(first.id)!, nodes: ["the user's own node"] };
		n8n.workflows.set(first.id, edited);
		n8n.calls.length = 0;

		const again = await importExamples(n8n, []);
		expect(again.every((r) => r.status === 'kept')).toBe(true);
		expect(again.find((r) => r.name === first.name)?.id).toBe(first.id);
		expect(n8n.workflows.get(first.id)?.nodes).toEqual(["the user's own node"]);
		expect(n8n.calls.filter((c) => !c.startsWith('GET'))).toEqual([]);

		const restored = await importExamples(n8n, [], { restore: true });
		expect(restored.every((r) => r.status === 'restored')).toBe(true);
		expect(n8n.workflows.get(first.id)?.nodes).not.toEqual(["the user's own node"]);
		expect(n8n.workflows.size).toBe(exampleNames.length);
	});
});

describe('npm run demo: the first install shows progress', () => {
	it('prints the time so far and the size of node_modules while npm runs, and stops after it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'omnichannel-progress-'));
		try {
			mkdirSync(join(dir, 'node_modules'));
			writeFileSync(join(dir, 'node_modules', 'file'), Buffer.alloc(3 * 1024 * 1024));
			const script = `
				const { showProgress } = require(${JSON.stringify(join(ROOT, 'scripts/n8n/install.js'))});
				const stop = showProgress('npm install n8n', ${JSON.stringify(dir)}, Date.now() - 125000);
				require('node:child_process').spawnSync('sleep', ['2']);
				stop();
				require('node:child_process').spawnSync('sleep', ['1']);
			`;
			const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, N8N_INSTALL_PROGRESS_MS: '400' } });
			expect(result.status).toBe(0);
			const lines = result.stderr.trim().split('\n');
			expect(lines.length).toBeGreaterThanOrEqual(2);
			// Only while npm runs: at 400 ms a line over 2 s is at most 5 lines, none after stop().
			expect(lines.length).toBeLessThanOrEqual(5);
			for (const line of lines) expect(line).toMatch(/^\[n8n\] {3}npm install n8n: still working, 2 min 0[5-9] s, node_modules [34] MB$/); // du rounds up
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
