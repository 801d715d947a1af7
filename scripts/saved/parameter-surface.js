#!/usr/bin/env node
// The parameter surface of every node: what a saved workflow can hold (names, types, defaults,
// option values, display conditions, versions). test/package/saved-workflows.test.ts compares the
// built package with the snapshot of version 0.1.0 (test/fixtures/saved/parameter-surface-0.1.0.json)
// through the same functions, so the snapshot and the check cannot read the nodes differently.
//
//   node scripts/saved/parameter-surface.js > surface.json   (after npm run build)
'use strict';
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');

const ROOT = path.resolve(__dirname, '..', '..');

/** What a saved workflow depends on in one property (nested ones for collections). */
function surfaceOf(property) {
	const out = { name: property.name, type: property.type, default: property.default };
	if (property.displayOptions) out.displayOptions = property.displayOptions;
	if (Array.isArray(property.options)) {
		if (property.type === 'options' || property.type === 'multiOptions') out.values = property.options.map((o) => o.value);
		else out.options = property.options.map(surfaceOf);
	}
	// A fixedCollection's options are groups holding their own `values`.
	if (Array.isArray(property.values)) out.options = property.values.map(surfaceOf);
	if (property.modes) out.modes = property.modes.map((m) => m.name);
	return out;
}

/** The surface of every node the built package declares (dist/), keyed by node type name. */
function packageSurface(root = ROOT) {
	const pkg = require(path.join(root, 'package.json'));
	const out = {};
	for (const file of pkg.n8n.nodes) {
		const mod = require(path.join(root, file));
		const NodeClass = Object.values(mod).find((v) => typeof v === 'function' && /^[A-Z]/.test(v.name) && v.prototype && 'description' in new v());
		const { description } = new NodeClass();
		out[description.name] = { version: description.version, properties: description.properties.map(surfaceOf) };
	}
	return out;
}

/** Display conditions with their value lists sorted: the order of a list does not change what shows. */
function normalizedConditions(displayOptions) {
	if (!displayOptions) return undefined;
	const sortValues = (group) => group && Object.fromEntries(Object.entries(group).map(([key, values]) => [key, Array.isArray(values) ? [...values].map(String).sort() : values]));
	return { ...(displayOptions.show ? { show: sortValues(displayOptions.show) } : {}), ...(displayOptions.hide ? { hide: sortValues(displayOptions.hide) } : {}) };
}

const describeConditions = (displayOptions) => (displayOptions ? JSON.stringify(normalizedConditions(displayOptions)) : 'always shown');

/** Why `current` cannot hold what was saved for `saved` (empty when it can). */
function propertyProblems(saved, current) {
	const problems = [];
	if (current.type !== saved.type) problems.push(`type ${saved.type} became ${current.type}`);
	if (!isDeepStrictEqual(current.default, saved.default)) problems.push(`default ${JSON.stringify(saved.default)} became ${JSON.stringify(current.default)}`);
	for (const value of saved.values ?? []) {
		if (!(current.values ?? []).some((v) => isDeepStrictEqual(v, value))) problems.push(`option value ${JSON.stringify(value)} is gone`);
	}
	for (const mode of saved.modes ?? []) {
		if (!(current.modes ?? []).includes(mode)) problems.push(`mode "${mode}" is gone`);
	}
	problems.push(...listProblems(saved.options ?? [], current.options ?? []));
	return problems;
}

/**
 * Every saved property must still exist with the same name and display conditions, and hold
 * what it held; properties may be added. Returns one line per problem.
 */
function listProblems(savedList, currentList) {
	const problems = [];
	for (const saved of savedList) {
		const where = `"${saved.name}" (${describeConditions(saved.displayOptions)})`;
		const candidates = currentList.filter((c) => c.name === saved.name && isDeepStrictEqual(normalizedConditions(c.displayOptions), normalizedConditions(saved.displayOptions)));
		if (candidates.length === 0) {
			const others = currentList.filter((c) => c.name === saved.name).map((c) => describeConditions(c.displayOptions));
			problems.push(`${where} is gone${others.length ? `; "${saved.name}" now shows under ${others.join(' / ')}` : ''}`);
			continue;
		}
		const each = candidates.map((c) => propertyProblems(saved, c));
		if (each.some((p) => p.length === 0)) continue;
		problems.push(...each[0].map((p) => `${where}: ${p}`));
	}
	return problems;
}

/** What breaks for workflows saved with `saved` when the package describes its nodes as `current`. */
function surfaceProblems(saved, current) {
	const problems = [];
	for (const [node, was] of Object.entries(saved)) {
		const now = current[node];
		if (!now) {
			problems.push(`${node}: the node is gone`);
			continue;
		}
		const versions = [now.version].flat();
		for (const version of [was.version].flat()) if (!versions.includes(version)) problems.push(`${node}: version ${version} is gone`);
		problems.push(...listProblems(was.properties, now.properties).map((p) => `${node}: ${p}`));
	}
	return problems;
}

module.exports = { surfaceOf, packageSurface, surfaceProblems };

if (require.main === module) process.stdout.write(JSON.stringify(packageSurface(), null, 1));
