#!/usr/bin/env node
// Writes the README's table of nodes, resources and operations from the built node descriptions
// (dist/), between the markers <!-- operations:start --> and <!-- operations:end -->, so the
// table cannot drift from what the nodes offer.
//
//   node scripts/docs-table.js           rewrite README.md (after npm run build)
//   node scripts/docs-table.js --check   exit 1 when README.md is stale
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const README = path.join(root, 'README.md');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

function describe(file) {
	const mod = require(path.join(root, file));
	const NodeClass = Object.values(mod).find((v) => typeof v === 'function');
	return new NodeClass().description;
}

function optionsOf(property) {
	return (property.options ?? []).filter((o) => o && typeof o === 'object' && 'value' in o);
}

function actionNodeRows(description) {
	const props = description.properties;
	const resource = props.find((p) => p.name === 'resource');
	const rows = [];
	for (const r of resource ? optionsOf(resource) : [{ name: '—', value: undefined }]) {
		const ops = props.filter((p) => p.name === 'operation' && (r.value === undefined || (p.displayOptions?.show?.resource ?? []).includes(r.value)));
		const names = ops.flatMap(optionsOf).map((o) => (o.action ? `${o.name}` : o.name));
		rows.push(`| ${r.name} | ${names.join(', ')} |`);
	}
	return ['| Resource | Operations |', '|---|---|', ...rows];
}

function triggerRows(description) {
	const how = description.polling ? 'Polling trigger' : description.webhooks?.length ? 'Webhook trigger' : 'Trigger';
	const choices = description.properties
		.filter((p) => p.type === 'multiOptions' || (p.type === 'options' && optionsOf(p).length > 1 && !p.displayOptions))
		.map(
			(p) =>
				`${p.displayName}: ${optionsOf(p)
					.map((o) => o.name)
					.join(', ')}`,
		);
	return [choices.length ? `${how}. ${choices.join('. ')}.` : `${how}.`];
}

function table() {
	const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const lines = [START, '', '_Generated from the node descriptions by `node scripts/docs-table.js`._', ''];
	for (const file of pkg.n8n.nodes) {
		const d = describe(file);
		lines.push(`#### ${d.displayName}`, '', d.description, '');
		lines.push(...(d.group.includes('trigger') ? triggerRows(d) : actionNodeRows(d)), '');
	}
	lines.push(END);
	return lines.join('\n');
}

function render(readme) {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start === -1 || end === -1) throw new Error(`README.md needs the markers ${START} and ${END}`);
	return readme.slice(0, start) + table() + readme.slice(end + END.length);
}

const current = fs.readFileSync(README, 'utf8');
const next = render(current);
if (process.argv.includes('--check')) {
	if (next !== current) {
		console.error('README.md operations table is stale: run npm run build && node scripts/docs-table.js');
		process.exit(1);
	}
	console.log('docs-table --check: README.md is up to date');
} else {
	fs.writeFileSync(README, next);
	console.log('docs-table: README.md updated');
}
