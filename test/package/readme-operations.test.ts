import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

describe('README operations table', () => {
	it('matches the built node descriptions (node scripts/docs-table.js --check)', () => {
		const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'docs-table.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('up to date');
	});
});
