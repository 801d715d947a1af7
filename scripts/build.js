#!/usr/bin/env node
// Builds what ships: compiles nodes/ and credentials/ into dist/ and copies the files n8n reads
// beside each compiled node (icons and codex .node.json files). A clean dist/ every time, so a
// renamed or deleted node cannot linger in the package.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const ASSET = /\.(svg|png|node\.json)$/;

fs.rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json')], {
	stdio: 'inherit',
	cwd: root,
});

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
copyAssets('nodes');
copyAssets('credentials');
console.log(`build: dist/ written, ${copied} icon and codex files copied`);
