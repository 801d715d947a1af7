#!/usr/bin/env node
// Builds what ships: compiles nodes/ and credentials/ into dist/ and copies the files n8n reads
// beside each compiled node (icons and codex .node.json files). A clean dist/ every time, so a
// renamed or deleted node cannot linger in the package.
//
//   node scripts/build.js                              the package (dist/)
//   node scripts/build.js --only Spotler --out DIR     one provider's nodes and credentials, plus
//       nodes/shared, into DIR/dist with a DIR/package.json listing them; tests load it with
//       OMNICHANNEL_PACKAGE_DIR=DIR (for working on one provider while others change)
//   node scripts/build.js --only Omnichannel,Spotler --out DIR   the same for several folders
//       (comma-separated), e.g. a node that imports provider folders and needs their credentials
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const ASSET = /\.(svg|png|node\.json)$/;

function flag(name) {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? undefined : process.argv[i + 1];
}

const only = flag('only');
const folders = only
	? only
			.split(',')
			.map((f) => f.trim())
			.filter(Boolean)
	: [];
const outDir = only ? path.resolve(root, flag('out') ?? path.join('.tmp', folders[0].toLowerCase())) : root;
const dist = path.join(outDir, 'dist');

fs.rmSync(dist, { recursive: true, force: true });
let tsconfig = path.join(root, 'tsconfig.json');
if (only) {
	fs.mkdirSync(outDir, { recursive: true });
	tsconfig = path.join(outDir, 'tsconfig.build.json');
	fs.writeFileSync(
		tsconfig,
		JSON.stringify({
			extends: path.join(root, 'tsconfig.json'),
			compilerOptions: { rootDir: root, outDir: dist },
			include: [path.join(root, 'nodes/shared/**/*.ts'), ...folders.flatMap((f) => [path.join(root, `nodes/${f}/**/*.ts`), path.join(root, `credentials/${f}*.ts`)])],
		}),
	);
}
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], { stdio: 'inherit', cwd: root });

let copied = 0;
function copyAssets(dir) {
	for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
		const rel = path.join(dir, entry.name);
		if (entry.isDirectory()) copyAssets(rel);
		else if (ASSET.test(entry.name)) {
			fs.mkdirSync(path.join(dist, dir), { recursive: true });
			fs.copyFileSync(path.join(root, rel), path.join(dist, rel));
			copied++;
		}
	}
}
if (only) folders.forEach((f) => copyAssets(path.join('nodes', f)));
else copyAssets('nodes');
copyAssets('credentials');

if (only) {
	const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const list = (dir, suffix) =>
		fs.existsSync(path.join(dist, dir))
			? fs
					.readdirSync(path.join(dist, dir))
					.filter((f) => f.endsWith(suffix))
					.map((f) => `dist/${dir}/${f}`)
			: [];
	pkg.n8n.nodes = folders.flatMap((f) => list(`nodes/${f}`, '.node.js'));
	pkg.n8n.credentials = list('credentials', '.credentials.js').filter((f) => folders.some((folder) => path.basename(f).startsWith(folder)));
	fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(pkg, null, 2));
	console.log(`build: ${path.relative(root, outDir)} holds ${pkg.n8n.nodes.length} nodes, ${pkg.n8n.credentials.length} credentials`);
} else {
	console.log(`build: dist/ written, ${copied} icon and codex files copied`);
}
