import { NodeHelpers, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { loadPackage, PACKAGE_NAME, PACKAGE_ROOT, type WorkflowJson } from '../harness';
import { example, exampleFiles } from './helpers';

const BASE_PREFIX = 'n8n-nodes-base.';
const USE_CASES = ['inbound-auto-reply.json', 'scheduled-broadcast.json', 'escalate-to-human.json', 'parley-negative-sentiment-reply.json', 'delivery-status-tracking.json'];

interface KnownNode {
	versions: number[];
	/** Every property of that version (same-named properties merged by the caller). */
	properties(version: number): INodeProperties[];
	credentials: string[];
	webhook: boolean;
}

type BaseDescription = INodeTypeDescription & { version: number | number[] };

/** n8n-nodes-base ships every node description (all versions) in dist/types/nodes.json. */
function baseNodes(): Map<string, KnownNode> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const descriptions = require('n8n-nodes-base/dist/types/nodes.json') as BaseDescription[];
	const byName = new Map<string, BaseDescription[]>();
	for (const d of descriptions) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
	const versionsOf = (d: BaseDescription) => (Array.isArray(d.version) ? d.version : [d.version]);
	return new Map(
		[...byName].map(([name, group]) => [
			`${BASE_PREFIX}${name}`,
			{
				versions: group.flatMap(versionsOf),
				properties: (version: number) => group.filter((d) => versionsOf(d).includes(version)).flatMap((d) => d.properties),
				credentials: group.flatMap((d) => (d.credentials ?? []).map((c) => c.name)),
				webhook: group.some((d) => (d.webhooks ?? []).length > 0),
			},
		]),
	);
}

/** The nodes of the built package (scripts/build.js output), as n8n's loader loads them. */
async function packageNodes(): Promise<Map<string, KnownNode>> {
	const { loader } = await loadPackage();
	return new Map(
		Object.entries(loader.nodeTypes).map(([name, { type }]) => {
			const describe = (version: number) => NodeHelpers.getVersionedNodeType(type, version).description;
			const latest = describe(Number.MAX_SAFE_INTEGER);
			const versions = 'nodeVersions' in type ? Object.keys(type.nodeVersions).map(Number) : [latest.version].flat();
			return [
				`${PACKAGE_NAME}.${name}`,
				{
					versions,
					properties: (version: number) => describe(version).properties,
					credentials: (latest.credentials ?? []).map((c) => c.name),
					webhook: (latest.webhooks ?? []).length > 0,
				},
			];
		}),
	);
}

/**
 * What package.json declares, read from the sources: a one-provider build (OMNICHANNEL_PACKAGE_DIR)
 * lacks the other providers' nodes, which must still exist in the package.
 */
function declaredInPackageJson(): { nodes: Set<string>; credentials: Set<string> } {
	const { n8n } = JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
	const source = (dist: string) => readFileSync(resolve(PACKAGE_ROOT, dist.replace(/^dist\//, '').replace(/\.js$/, '.ts')), 'utf8');
	const nodeName = (text: string) => /description: INodeTypeDescription = \{\s*displayName: '[^']*',\s*name: '([^']+)'/.exec(text)?.[1];
	const credentialName = (text: string) => /\bname = '([^']+)'/.exec(text)?.[1];
	return {
		nodes: new Set(n8n.nodes.map((f) => `${PACKAGE_NAME}.${nodeName(source(f))}`)),
		credentials: new Set(n8n.credentials.map((f) => credentialName(source(f))!)),
	};
}

function baseCredentials(): Set<string> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return new Set((require('n8n-nodes-base/dist/types/credentials.json') as Array<{ name: string }>).map((c) => c.name));
}

/** Option values a parameter may take, or undefined when they are not a fixed list (loaded, free text, expression). */
function fixedOptions(properties: INodeProperties[]): Set<unknown> | undefined {
	if (properties.length === 0 || properties.some((p) => (p.type !== 'options' && p.type !== 'multiOptions') || p.typeOptions?.loadOptionsMethod)) return undefined;
	return new Set(properties.flatMap((p) => (p.options ?? []).map((o) => ('value' in o ? o.value : undefined))));
}

/** A node as n8n exports it: the harness's fields plus its id and canvas position. */
type ExportedNode = WorkflowJson['nodes'][number] & { id?: unknown; position?: unknown };

const isExpression = (value: unknown) => typeof value === 'string' && value.startsWith('=');

describe('examples/*.json are workflows n8n can import', () => {
	let known: Map<string, KnownNode>;
	let declared: ReturnType<typeof declaredInPackageJson>;
	let credentialTypes: Set<string>;

	beforeAll(async () => {
		known = new Map([...baseNodes(), ...(await packageNodes())]);
		declared = declaredInPackageJson();
		credentialTypes = new Set([...Object.keys((await loadPackage()).credentialTypes), ...declared.credentials, ...baseCredentials()]);
	});

	it('holds a workflow for each use case of issue 8', () => {
		expect(exampleFiles()).toEqual(expect.arrayContaining(USE_CASES));
	});

	it.each(exampleFiles())('%s: its nodes, versions, parameters, credentials and connections exist', (file) => {
		const workflow = example(file);
		const problems: string[] = [];
		expect(typeof workflow.name).toBe('string');
		expect(Array.isArray(workflow.nodes)).toBe(true);
		expect(typeof workflow.connections).toBe('object');
		const nodes = workflow.nodes as ExportedNode[];

		const names = nodes.map((n) => n.name);
		const ids = nodes.map((n) => n.id);
		if (new Set(names).size !== names.length) problems.push('node names are not unique');
		// n8n gives a node without an id a new one on import; ids that are there must be unique.
		const presentIds = ids.filter((id) => id !== undefined);
		if (presentIds.some((id) => typeof id !== 'string') || new Set(presentIds).size !== presentIds.length) problems.push('node ids are not unique strings');

		for (const node of nodes) {
			const where = `${node.name} (${node.type})`;
			const position = node.position as unknown[];
			if (!Array.isArray(position) || position.length !== 2 || !position.every((p) => typeof p === 'number')) problems.push(`${where}: position is not [x, y]`);
			const type = known.get(node.type);
			if (!type) {
				// A node of this package that the current (one-provider) build left out.
				if (!declared.nodes.has(node.type)) problems.push(`${where}: no such node type`);
				continue;
			}
			if (!type.versions.includes(node.typeVersion)) {
				problems.push(`${where}: typeVersion ${node.typeVersion} does not exist (${type.versions.join(', ')})`);
				continue;
			}
			const properties = type.properties(node.typeVersion);
			for (const [name, value] of Object.entries(node.parameters)) {
				const same = properties.filter((p) => p.name === name);
				if (same.length === 0) {
					problems.push(`${where}: unknown parameter "${name}"`);
					continue;
				}
				const allowed = fixedOptions(same);
				const values = Array.isArray(value) ? value : [value];
				if (allowed && !isExpression(value)) {
					for (const v of values) if (!allowed.has(v)) problems.push(`${where}: "${name}" cannot be ${JSON.stringify(v)}`);
				}
			}
			for (const credential of Object.keys(node.credentials ?? {})) {
				if (!credentialTypes.has(credential)) problems.push(`${where}: no credential type ${credential}`);
				if (!type.credentials.includes(credential)) problems.push(`${where}: does not take a ${credential} credential`);
			}
			if (type.webhook && !node.webhookId) problems.push(`${where}: a webhook trigger needs a webhookId`);
		}

		for (const [source, outputs] of Object.entries(workflow.connections)) {
			if (!names.includes(source)) problems.push(`connection from unknown node ${source}`);
			for (const output of outputs.main ?? []) {
				for (const target of output ?? []) if (!names.includes(target.node)) problems.push(`connection from ${source} to unknown node ${target.node}`);
			}
		}
		// Expressions such as $('One Item per Recipient').item must name a node of the workflow.
		for (const [, referenced] of JSON.stringify(workflow.nodes.map((n) => n.parameters)).matchAll(/\$\('([^']+)'\)/g)) {
			if (!names.includes(referenced)) problems.push(`an expression refers to unknown node ${referenced}`);
		}
		expect(problems).toEqual([]);
	});

	it.each(exampleFiles())('%s: a sticky note explains it in plain words, naming its trigger', (file) => {
		const nodes = example(file).nodes as ExportedNode[];
		const notes = nodes.filter((n) => n.type === 'n8n-nodes-base.stickyNote').map((n) => String(n.parameters.content ?? ''));
		expect(notes.length).toBeGreaterThan(0);
		const trigger = nodes.find((n) => /Trigger$/i.test(n.type))!;
		expect(notes.join('\n')).toMatch(/^## \S/);
		expect(notes.join('\n')).toContain(`**${trigger.name}**`);
	});

	it.each(exampleFiles())("%s: a fixed pick uses the picker's list, shown by the name the list gives it", (file) => {
		const problems: string[] = [];
		for (const node of example(file).nodes as ExportedNode[]) {
			const type = known.get(node.type);
			if (!type) continue;
			for (const [name, value] of Object.entries(node.parameters)) {
				const locator = value as { __rl?: boolean; mode?: string; value?: unknown; cachedResultName?: string };
				if (!locator?.__rl || isExpression(locator.value)) continue;
				const property = type.properties(node.typeVersion as number).find((p) => p.name === name && p.type === 'resourceLocator');
				const hasList = (property?.modes ?? []).some((m) => m.name === 'list');
				if (hasList && (locator.mode !== 'list' || !locator.cachedResultName)) problems.push(`${node.name}: ${name} is ${locator.mode} ${JSON.stringify(locator.value)}, not picked from the list`);
			}
		}
		expect(problems).toEqual([]);
	});
});
