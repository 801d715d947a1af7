#!/usr/bin/env node
// Runs n8n's own verification scanner (@n8n/scan-community-package) the way n8n runs it before
// listing a package: once on the sources (its SOURCE_FILE_PATTERNS: package.json, nodes/,
// credentials/) and once on what npm would publish (`npm pack` of the built dist/, unpacked).
// The tarball leg lints every .js, .ts and .json file (the scanner's analyzePackage default),
// which is stricter than n8n's own tarball leg, so a shipped .d.ts or stray source fails here too.
//
//   node scripts/scan-package.mjs          prints a summary, exits 1 when either leg fails
//   node scripts/scan-package.mjs --json   prints {source, tarball, files} as JSON (the test reads it)
//
// Build first (npm run build): the tarball holds dist/ as it stands.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const asJson = process.argv.includes('--json');

// The scanner makes a temp folder when it is imported and never removes it: point TMPDIR at a
// folder of ours first, so everything lands in one place that we delete at the end.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'omnichannel-scan-'));
process.env.TMPDIR = work;

function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
	return result.stdout;
}

try {
	const { analyzePackage, SOURCE_FILE_PATTERNS } = await import('@n8n/scan-community-package/scanner/scanner.mjs');

	const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root))[0];
	const unpacked = path.join(work, 'package');
	run('tar', ['-xzf', path.join(work, packed.filename), '-C', work], root);

	const source = await analyzePackage(root, SOURCE_FILE_PATTERNS);
	const tarball = await analyzePackage(unpacked);
	const summary = { source, tarball, files: packed.files.map((f) => f.path) };

	if (asJson) {
		process.stdout.write(JSON.stringify(summary));
	} else {
		for (const [leg, result] of [
			['sources', source],
			['tarball', tarball],
		]) {
			process.stdout.write(`${result.passed ? 'clean' : 'FAILED'}: ${leg}${result.message ? ` (${result.message})` : ''}\n`);
			if (result.details) process.stdout.write(`${result.details}\n`);
		}
		process.stdout.write(`tarball: ${packed.files.length} files, ${packed.size} bytes\n`);
	}
	process.exitCode = source.passed && tarball.passed ? 0 : 1;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
