// Writes CATALOGUE.md: for every operation of the five action nodes, where its pieces live (node
// file, request, schema definitions, mock route, test), so a newcomer finds them by name alone.
// Read from the node sources and the mock's route tables, not from a list kept by hand.
//
//   npm run catalogue            rewrite CATALOGUE.md
//   npm run catalogue -- --check exit 1 when CATALOGUE.md is stale
//
// A link that cannot be found is written as "-" (the gaps are the point of the list).
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { routesOf, type RouteInfo } from '../mock-server/core/openapi';
import { createMockServer } from '../mock-server';
import { schemaValidator } from '../mock-server/core/schema-validator';
import { documentedRequestOf } from '../nodes/shared/operations';

const ROOT = resolve(__dirname, '..');
const CATALOGUE = join(ROOT, 'CATALOGUE.md');
const NONE = '-';

/** One row of the catalogue. */
interface Row {
	resource: string;
	operation: string;
	request: string;
	nodeFile: string;
	schemas: string;
	route: string;
	tests: string;
}

/** Every file under `dir` (relative to the repository root), sorted. */
function filesUnder(dir: string): string[] {
	const absolute = join(ROOT, dir);
	if (!existsSync(absolute)) return [];
	return readdirSync(absolute)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : [path];
		});
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const link = (file: string) => `[${file}](${file})`;
const quoted = (value: string) => new RegExp(`['"\`]${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);

/** `/a/{b}/c` and `/a/:b/c` and `/a/{{ $parameter.b }}/c` all become `/a/{}/c`, to compare paths. */
function pathShape(path: string): string {
	return path
		.replace(/\{\{.*?\}\}/g, '{}')
		.replace(/\{\*?\w+\}/g, '{}')
		.replace(/:\w+/g, '{}')
		.replace(/\/+$/, '');
}

/** The action nodes package.json declares, with their sources: every node that is not a trigger and has operations. */
function actionNodes(): Array<{ folder: string; source: string }> {
	const pkg = JSON.parse(read('package.json')) as { n8n: { nodes: string[] } };
	return pkg.n8n.nodes
		.map((dist) => dist.replace(/^dist\//, '').replace(/\.js$/, '.ts'))
		.filter((source) => !/Trigger\.node\.ts$/.test(source) && !source.startsWith('nodes/Omnichannel/'))
		.map((source) => ({ folder: source.split('/')[1], source }));
}

function describe(source: string) {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const mod = require(join(ROOT, source)) as Record<string, new () => INodeType>;
	const NodeClass = Object.values(mod).find((v) => typeof v === 'function');
	if (!NodeClass) throw new Error(`${source} exports no node class`);
	return new NodeClass().description;
}

/** The fixed part the node puts before every path (the provider's ProviderApi.pathPrefix), read from its base URL. */
function pathPrefixOf(baseURL: unknown): string {
	const literal = /\+\s*["'](\/[^"']*)["']/.exec(String(baseURL ?? ''));
	return literal ? literal[1] : '';
}

/**
 * The documented request of an operation: operation()'s record, else the routing URL. A preSend
 * may overwrite that URL per item (then it is only a placeholder), so such a URL counts only when
 * the mock has a route for it.
 */
function requestOf(option: INodePropertyOptions, routes: RouteInfo[], prefix: string): { method: string; path: string; route?: RouteInfo } | undefined {
	const routeFor = (method: string, path: string) => routes.find((r) => r.method === method.toUpperCase() && pathShape(r.path) === pathShape(prefix + path));
	const documented = documentedRequestOf(option);
	if (documented) return { ...documented, route: routeFor(documented.method, documented.path) };
	const request = option.routing?.request;
	if (!request?.url) return undefined;
	const method = String(request.method ?? 'GET');
	const path = String(request.url).replace(/^=/, '');
	const route = routeFor(method, path);
	const rewritten = (option.routing?.send?.preSend ?? []).length > 0;
	return route || !rewritten ? { method, path, route } : undefined;
}

/** The node file that declares the operation: resources/<resource>/<operation>.ts, else the file under the resource that names it. */
function nodeFileOf(folder: string, resource: string, operation: string): string | undefined {
	const kit = `nodes/${folder}/resources/${resource}/${operation}.ts`;
	if (existsSync(join(ROOT, kit))) return kit;
	const candidates = filesUnder(`nodes/${folder}/resources/${resource}`).filter((f) => f.endsWith('.ts'));
	const valuePattern = new RegExp(`value:\\s*${quoted(operation).source}`);
	return candidates.find((f) => valuePattern.test(read(f)));
}

/** Test files named after the resource (`<resource>.test.ts`, `<resource>.<aspect>.test.ts`) that mention the operation. */
function testFilesOf(provider: string, resource: string, operation: string): string[] {
	return filesUnder(`test/${provider}`).filter((file) => {
		const name = file.split('/').pop()!;
		return (name === `${resource}.test.ts` || (name.startsWith(`${resource}.`) && name.endsWith('.test.ts'))) && quoted(operation).test(read(file));
	});
}

/** The mock-server file that declares a route: its documented path in a route table, else its Express path. */
function routeFileOf(provider: string, route: RouteInfo): string | undefined {
	const files = filesUnder(`mock-server/providers/${provider}`).filter((f) => f.endsWith('.ts'));
	const forms = (path: string) => [path, path.replace(/\{(\w+)\}/g, ':$1'), path.replace(/\{(\w+)\}/g, '*$1')];
	const found = (candidates: string[]) => files.find((f) => candidates.some((form) => read(f).includes(`'${form}'`)));
	// Routers mounted under a prefix (Wabbit's /api/v1) declare only the rest of the path.
	const segments = route.path.split('/').slice(1);
	for (let skip = 0; skip < segments.length; skip++) {
		const file = found(forms(`/${segments.slice(skip).join('/')}`));
		if (file) return file;
	}
	return undefined;
}

/** `schemas/<p>/<file>#/$defs/<Name>` for a definition name of the provider's schemas. */
function schemaLink(provider: string, definition: string | undefined): string | undefined {
	if (!definition) return undefined;
	const schemas = schemaValidator(provider).schemas;
	const file = Object.keys(schemas).find((name) => ((schemas[name].$defs as Record<string, unknown>) ?? {})[definition]);
	return file ? `[${definition}](schemas/${provider}/${file})` : definition;
}

function table(rows: Row[]): string[] {
	const lines = ['| Resource | Operation | Request | Node file | Schema (body → answer) | Mock route | Tests |', '|---|---|---|---|---|---|---|'];
	for (const r of rows) lines.push(`| ${r.resource} | ${r.operation} | ${r.request} | ${r.nodeFile} | ${r.schemas} | ${r.route} | ${r.tests} |`);
	return lines;
}

async function catalogue(): Promise<string> {
	const mock = await createMockServer({ port: 0, host: '127.0.0.1' });
	const out = [
		'# Catalogue of operations',
		'',
		"_Generated by `npm run catalogue` (scripts/catalogue.ts) from the node sources and the mock's route tables; a test keeps it current. Do not edit by hand._",
		'',
		'Each operation of the action nodes, with its node file, the request it makes (method and documented path after the credential\'s Base URL), the schema definitions of the request body and the answer, the mock route that emulates it and the tests that cover it (`test/<provider>/<resource>.test.ts` or `<resource>.<aspect>.test.ts` naming the operation). "-" marks a link not found.',
		'',
	];
	const gaps: string[] = [];
	try {
		for (const { folder, source } of actionNodes()) {
			const provider = folder.toLowerCase();
			const description = describe(source);
			const prefix = pathPrefixOf(description.requestDefaults?.baseURL);
			const mockProvider = mock.provider(provider);
			const routes = mockProvider ? routesOf(mockProvider.router) : [];
			const used = new Set<RouteInfo>();
			const resourceProperty = description.properties.find((p) => p.name === 'resource');
			const resources = (resourceProperty?.options ?? []) as INodePropertyOptions[];
			const rows: Row[] = [];
			for (const resource of resources) {
				const selectors = description.properties.filter((p: INodeProperties) => p.name === 'operation' && (p.displayOptions?.show?.resource ?? []).includes(resource.value));
				for (const option of selectors.flatMap((p) => (p.options ?? []) as INodePropertyOptions[])) {
					const operation = String(option.value);
					const request = requestOf(option, routes, prefix);
					const route = request?.route;
					if (route) used.add(route);
					const documented = route && (route.spec ? { requestBody: route.spec.body, response: route.spec.response } : mockProvider.openapi?.[`${route.method} ${route.path}`]);
					const schemas = [schemaLink(provider, documented?.requestBody), schemaLink(provider, documented?.response)];
					const nodeFile = nodeFileOf(folder, String(resource.value), operation);
					const routeFile = route && routeFileOf(provider, route);
					const tests = testFilesOf(provider, String(resource.value), operation);
					rows.push({
						resource: String(resource.value),
						operation,
						request: request ? `\`${request.method.toUpperCase()} ${request.path}\`` : NONE,
						nodeFile: nodeFile ? link(nodeFile) : NONE,
						schemas: schemas.some(Boolean) ? schemas.map((s) => s ?? NONE).join(' → ') : NONE,
						route: route ? `${routeFile ? link(routeFile) : NONE} \`${route.method} ${route.path}\`` : NONE,
						tests: tests.length ? tests.map(link).join(', ') : NONE,
					});
				}
			}
			out.push(`## ${description.displayName} (\`${description.name}\`)`, '', ...table(rows), '');
			const unused = routes.filter((r) => !used.has(r));
			if (unused.length) {
				out.push(`Mock routes of ${description.displayName} that no operation above reaches (webhook set-up, auth, pickers, or not yet an operation):`, '');
				for (const r of unused) {
					const file = routeFileOf(provider, r);
					out.push(`- \`${r.method} ${r.path}\`${file ? ` (${file})` : ''}${r.spec?.summary ? `: ${r.spec.summary}` : ''}`);
				}
				out.push('');
			}
			const missing = (key: keyof Row) => rows.filter((r) => r[key] === NONE).length;
			gaps.push(`| ${description.displayName} | ${rows.length} | ${missing('request')} | ${missing('nodeFile')} | ${missing('schemas')} | ${missing('route')} | ${missing('tests')} |`);
		}
	} finally {
		await mock.close();
	}
	out.push('## Links not found', '', '| Node | Operations | No request | No node file | No schema | No mock route | No test |', '|---|---|---|---|---|---|---|', ...gaps, '');
	return out.join('\n');
}

async function main() {
	const text = await catalogue();
	const name = relative(ROOT, CATALOGUE);
	if (process.argv.includes('--check')) {
		const current = existsSync(CATALOGUE) ? readFileSync(CATALOGUE, 'utf8') : '';
		if (current !== text) {
			console.error(`${name} is stale: run npm run catalogue`);
			process.exit(1);
		}
		console.log(`catalogue --check: ${name} is up to date`);
		return;
	}
	writeFileSync(CATALOGUE, text);
	console.log(`wrote ${name}`);
}

// The mock leaves timers behind after close (they would hold the process for seconds): exit when done.
main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	},
);
