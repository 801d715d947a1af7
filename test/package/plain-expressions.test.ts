import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeParameters, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { Engine, PACKAGE_ROOT } from '../harness';

/**
 * The fast path reads plain item expressions (`={{ $json.phone }}`) without n8n's expression
 * engine (nodes/shared/plain-expressions.ts). Here a probe node reads every parameter both ways,
 * through the real engine, for many expressions, parameter kinds and item shapes: the answers
 * (value and type, or the error) must be the same, and the shortcut must really be taken for the
 * plain reads (or it would prove nothing).
 */

type Reader = (name: string, itemIndex: number, fallback?: unknown, options?: IDataObject) => unknown;
// The built module, as n8n loads it.
const { plainParameterReader } = createRequire(__filename)(resolve(PACKAGE_ROOT, 'dist/nodes/shared/plain-expressions.js')) as {
	plainParameterReader: (ctx: IExecuteFunctions, description: INodeTypeDescription) => Reader;
};

const description: INodeTypeDescription = {
	displayName: 'Probe',
	name: 'probe',
	group: ['transform'],
	version: 1,
	description: 'Reads its parameters both ways',
	defaults: { name: 'Probe' },
	inputs: ['main'],
	outputs: ['main'],
	properties: [
		{ displayName: 'Text', name: 'text', type: 'string', default: '' },
		{ displayName: 'Count', name: 'count', type: 'number', default: 0 },
		{ displayName: 'Checked', name: 'checked', type: 'string', default: '', validateType: 'number' },
		{
			displayName: 'Locator',
			name: 'locator',
			type: 'resourceLocator',
			default: { mode: 'id', value: '' },
			modes: [
				{ displayName: 'ID', name: 'id', type: 'string' },
				{ displayName: 'URL', name: 'url', type: 'string', extractValue: { type: 'regex', regex: 'https://x\\.test/([a-z0-9]+)' } },
			],
		},
		{
			displayName: 'Plain Locator',
			name: 'plainLocator',
			type: 'resourceLocator',
			default: { mode: 'id', value: '' },
			modes: [{ displayName: 'ID', name: 'id', type: 'string' }],
		},
		{
			displayName: 'Variables',
			name: 'variables',
			type: 'resourceMapper',
			default: { mappingMode: 'defineBelow', value: null },
			typeOptions: { resourceMapper: { resourceMapperMethod: 'none', mode: 'add', fieldWords: { singular: 'variable', plural: 'variables' } } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			default: {},
			options: [{ displayName: 'Note', name: 'note', type: 'string', default: '' }],
		},
		{
			displayName: 'Checked Options',
			name: 'checkedOptions',
			type: 'collection',
			default: {},
			options: [{ displayName: 'Amount', name: 'amount', type: 'string', default: '', validateType: 'number' }],
		},
		{
			displayName: 'Rows',
			name: 'rows',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			options: [{ displayName: 'Row', name: 'row', values: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }] }],
		},
	],
};

/** Which reads each probe run makes: [parameter, options]. */
const READS: Array<[string, IDataObject | undefined]> = [
	['text', undefined],
	['text', { extractValue: true }],
	['count', undefined],
	['checked', undefined],
	['locator', undefined],
	['locator', { extractValue: true }],
	['plainLocator', { extractValue: true }],
	['variables', undefined],
	['options', undefined],
	['checkedOptions', undefined],
	['rows', undefined],
	['text', { ensureType: 'string' }],
];

interface Answer {
	type: string;
	json?: string;
	error?: string;
}

function answer(read: () => unknown): Answer {
	try {
		const value = read();
		return { type: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value, json: JSON.stringify(value) };
	} catch (error) {
		return { type: 'error', error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
	}
}

class Probe implements INodeType {
	description = description;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		let engineReads = 0;
		const counting = Object.create(this, {
			getNodeParameter: {
				value: (name: string, itemIndex: number, fallback?: unknown, options?: IDataObject) => {
					if (!options?.rawExpressions) engineReads++;
					return this.getNodeParameter(name, itemIndex, fallback as never, options);
				},
			},
		}) as IExecuteFunctions;
		const read = plainParameterReader(counting, description);
		const out: INodeExecutionData[] = [];
		for (let item = 0; item < this.getInputData().length; item++) {
			for (const [name, options] of READS) {
				const before = engineReads;
				const fast = answer(() => read(name, item, undefined, options));
				const shortcut = engineReads === before;
				const n8n = answer(() => this.getNodeParameter(name, item, undefined, options));
				out.push({ json: { read: `${name} ${JSON.stringify(options ?? {})}`, item, fast, n8n, shortcut } as unknown as IDataObject });
			}
		}
		return [out];
	}
}

const EXPRESSIONS = [
	'={{ $json.a }}',
	'={{$json.a}}',
	'={{ $json["a"] }}',
	"={{ $json['a'] }}",
	'={{ $json.a.b }}',
	'={{ $json.a[0] }}',
	'={{ $json["a b"] }}',
	'={{ $json.a.length }}',
	'={{ $json.missing }}',
	'={{ $json.missing.deeper }}',
	'={{ $json.a.constructor }}',
	'={{ $json.a.toString }}',
	'={{ $json.a + 1 }}',
	'={{ $json.a }} ',
	' ={{ $json.a }}',
	'=Hi {{ $json.a }}!',
	'={{ $json.a }}{{ $json["a b"] }}',
	'=x {{ $json.a.b }} y',
	'=Order {{ $json.a }} for {{ $json.missing }}',
	'=a } b {{ $json.a }}',
	'=no braces at all',
	'=',
	'plain text',
	'',
];

const ITEMS: IDataObject[] = [
	{ a: 'x' },
	{ a: 'ünïcødé ✓' },
	{ a: '' },
	{ a: '=looks like an expression' },
	{ a: '{{ $json.a }}' },
	{ a: 'https://x.test/abc123' },
	{ a: 5 },
	{ a: 0 },
	{ a: -1.5 },
	{ a: 1e21 },
	{ a: true },
	{ a: false },
	{ a: null },
	{ a: { b: 'deep' } },
	{ a: { b: 7 } },
	{ a: { b: null } },
	{ a: ['first', 'second'] },
	{ a: [] },
	{ 'a b': 'spaced', a: 'x' },
	{},
];

function parametersFor(expression: string, mode: 'id' | 'url'): INodeParameters {
	// n8n refuses to start a node whose number or validated fields hold plain text: those get an expression.
	const typed = expression.startsWith('=') ? expression : '={{ $json.a }}';
	return {
		text: expression,
		count: typed,
		checked: typed,
		locator: { __rl: true, mode, value: expression },
		plainLocator: { __rl: true, mode: 'id', value: expression },
		variables: { mappingMode: 'defineBelow', value: { 1: expression, 2: 'Monday' }, matchingColumns: [], schema: [] },
		options: { note: expression },
		checkedOptions: { amount: typed },
		rows: { row: [{ value: expression }, { value: 'fixed' }] },
	};
}

describe('plain item expressions read without the expression engine give what n8n gives', () => {
	let engine: Engine;
	const rows: Array<{ expression: string; mode: string; read: string; item: number; fast: Answer; n8n: Answer; shortcut: boolean }> = [];

	beforeAll(async () => {
		engine = await Engine.create({ extraNodeTypes: { 'test.probe': new Probe() } });
		for (const expression of EXPRESSIONS) {
			for (const mode of ['id', 'url'] as const) {
				const run = await engine.runNode(
					{ type: 'test.probe', name: 'Probe', parameters: parametersFor(expression, mode) },
					ITEMS.map((json) => ({ json })),
				);
				expect(run.error?.message).toBeUndefined();
				for (const item of run.items) rows.push({ expression, mode, ...(item.json as unknown as Omit<(typeof rows)[number], 'expression' | 'mode'>) });
			}
		}
	}, 120_000);

	it('every read gives the same value and type, or the same error', () => {
		const differ = rows.filter((r) => JSON.stringify(r.fast) !== JSON.stringify(r.n8n));
		expect(differ).toEqual([]);
		expect(rows).toHaveLength(EXPRESSIONS.length * 2 * ITEMS.length * READS.length);
	});

	it('takes the shortcut for plain reads of strings and numbers, whole or inside text', () => {
		const taken = (expression: string, read: string, item: IDataObject, mode = 'id') =>
			rows.find((r) => r.expression === expression && r.read === read && r.item === ITEMS.indexOf(item) && r.mode === mode)?.shortcut;
		expect(taken('={{ $json.a }}', 'text {}', ITEMS[0])).toBe(true);
		expect(taken('={{ $json.a }}', 'count {}', ITEMS[6])).toBe(true);
		expect(taken("={{ $json['a'] }}", 'plainLocator {"extractValue":true}', ITEMS[0])).toBe(true);
		expect(taken('={{ $json.a }}', 'locator {"extractValue":true}', ITEMS[0])).toBe(true);
		expect(taken('=Hi {{ $json.a }}!', 'variables {}', ITEMS[8])).toBe(true);
		expect(taken('=x {{ $json.a.b }} y', 'options {}', ITEMS[13])).toBe(true);
		expect(taken('={{ $json.a[0] }}', 'rows {}', ITEMS[16])).toBe(true);
		// Validated parameters, pattern extraction, other options, other values and code go to n8n.
		expect(taken('={{ $json.a }}', 'locator {"extractValue":true}', ITEMS[5], 'url')).toBe(false);
		expect(taken('={{ $json.a }}', 'checked {}', ITEMS[6])).toBe(false);
		expect(taken('={{ $json.a }}', 'checkedOptions {}', ITEMS[6])).toBe(false);
		expect(taken('={{ $json.a }}', 'text {"ensureType":"string"}', ITEMS[0])).toBe(false);
		expect(taken('={{ $json.a }}', 'text {}', ITEMS[10])).toBe(false);
		expect(taken('={{ $json.a }}', 'text {}', ITEMS[12])).toBe(false);
		expect(taken('={{ $json.missing }}', 'text {}', ITEMS[0])).toBe(false);
		expect(taken('={{ $json.a + 1 }}', 'text {}', ITEMS[6])).toBe(false);
		expect(rows.filter((r) => r.shortcut).length).toBeGreaterThan(rows.length / 10);
	});
});
