import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

describe('CATALOGUE.md', () => {
	it('matches the node sources, the mock route tables and the tests (npm run catalogue -- --check)', () => {
		const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'catalogue.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('up to date');
	}, 120_000);
});
