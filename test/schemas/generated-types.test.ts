import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'generate-types.js');

// json-schema-to-typescript loads its formatter with a dynamic import that jest's module system
// cannot run, so the generator runs as its own process, as `npm run generate` does.
describe('schemas → TypeScript types', () => {
	it('the committed types.generated.d.ts files are what `npm run generate` would write', () => {
		const out = execFileSync(process.execPath, [SCRIPT, '--check'], { cwd: ROOT, encoding: 'utf8' });
		expect(out).toMatch(/generate --check: \d+ folders up to date/);
		const folders = readdirSync(join(ROOT, 'schemas'), { withFileTypes: true }).filter((d) => d.isDirectory());
		expect(folders.map((d) => d.name)).toContain('spotler');
	});

	it('the check fails when a schema changes without regenerating', () => {
		// Run the generator on a copy of the spotler folder with one schema edited.
		const dir = mkdtempSync(join(tmpdir(), 'schemas-'));
		const scripts = join(dir, 'scripts');
		const spotler = join(dir, 'schemas', 'spotler');
		for (const d of [scripts, spotler]) execFileSync('mkdir', ['-p', d]);
		copyFileSync(SCRIPT, join(scripts, 'generate-types.js'));
		for (const file of readdirSync(join(ROOT, 'schemas', 'spotler'))) copyFileSync(join(ROOT, 'schemas', 'spotler', file), join(spotler, file));
		writeFileSync(join(spotler, 'extra.schema.json'), JSON.stringify({ $defs: { AddedType: { type: 'string' } } }));
		const result = spawnSync(process.execPath, [join(scripts, 'generate-types.js'), '--check'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
		});
		rmSync(dir, { recursive: true, force: true });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('out of date');
	});
});
