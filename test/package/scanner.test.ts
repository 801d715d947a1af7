import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

interface ScanResult {
	passed: boolean;
	message?: string;
	details?: string;
}

interface Summary {
	source: ScanResult;
	tarball: ScanResult;
	files: string[];
}

// n8n's verification scanner, on the sources and on the packed tarball (scripts/scan-package.mjs).
describe("n8n's community package scanner", () => {
	let summary: Summary;

	beforeAll(() => {
		// Not jest's NODE_ENV=test: eslint-plugin-n8n-nodes-base reads it and then checks file names as in its own tests.
		const { NODE_ENV: _testEnv, ...env } = process.env;
		const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'scan-package.mjs'), '--json'], {
			cwd: ROOT,
			encoding: 'utf8',
			env,
		});
		if (!result.stdout.startsWith('{')) throw new Error(`scanner did not run: ${result.stderr}`);
		summary = JSON.parse(result.stdout) as Summary;
	}, 180_000);

	it('finds nothing in the sources', () => {
		expect(summary.source.details ?? summary.source.message ?? '').toBe('');
		expect(summary.source.passed).toBe(true);
	});

	it('finds nothing in the packed tarball', () => {
		expect(summary.tarball.details ?? summary.tarball.message ?? '').toBe('');
		expect(summary.tarball.passed).toBe(true);
	});

	it('ships every node and credential n8n loads, and no type declarations', () => {
		const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
		expect(summary.files).toEqual(expect.arrayContaining([...pkg.n8n.nodes, ...pkg.n8n.credentials, 'package.json']));
		expect(summary.files.filter((f) => f.endsWith('.d.ts'))).toEqual([]);
	});
});
