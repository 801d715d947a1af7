import { createRequire } from 'node:module';
import { resolve } from 'node:path';

import {
	Workflow,
	type IConnections,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypeDescription,
	type IPairedItemData,
} from 'n8n-workflow';

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
const { plainParameterReader, copyOf } = createRequire(__filename)(resolve(PACKAGE_ROOT, 'dist/nodes/shared/plain-expressions.js')) as {
	plainParameterReader: (ctx: IExecuteFunctions, description: INodeTypeDescription) => Reader;
	copyOf: (value: unknown) => unknown;
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
	'={{ $json["a.constructor"] }}',
	'=x.constructor {{ $json.a }}',
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
	{ 'a.constructor': 'dotted', a: 'x' },
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
		// n8n refuses `.constructor` anywhere in the expression, even inside a name or the text.
		expect(taken('={{ $json["a.constructor"] }}', 'text {}', ITEMS[19])).toBe(false);
		expect(taken('=x.constructor {{ $json.a }}', 'text {}', ITEMS[0])).toBe(false);
		expect(rows.filter((r) => r.shortcut).length).toBeGreaterThan(rows.length / 10);
	});

	it('asks n8n once per run for a value without expressions (its answer cannot differ between items)', () => {
		for (const read of ['text {}', 'plainLocator {"extractValue":true}', 'rows {}']) {
			const reads = rows.filter((r) => r.expression === 'plain text' && r.mode === 'id' && r.read === read);
			expect({ read, shortcuts: reads.map((r) => r.shortcut) }).toEqual({ read, shortcuts: ITEMS.map((_, item) => item > 0) });
		}
	});
});

/** A node with one input and output for the workflows below. */
function passDescription(name: string, properties: INodeTypeDescription['properties'] = []): INodeTypeDescription {
	return { ...description, displayName: name, name, description: name, defaults: { name }, properties };
}

/** Gives its items on as they are, each paired with the item it came from. */
class Pass implements INodeType {
	description = passDescription('pass');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.getInputData().map((item, index) => ({ json: item.json, pairedItem: { item: index } }))];
	}
}

type Order = 'reverse' | 'dropOdd' | 'unpaired' | 'merged';

/** Changes the items' order and count, with their own json, paired with what they came from (or not). */
class Shuffle implements INodeType {
	description = passDescription('shuffle', [{ displayName: 'Order', name: 'order', type: 'string', default: 'reverse' }]);

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const count = this.getInputData().length;
		const order = this.getNodeParameter('order', 0) as Order;
		const item = (from: number, pairedItem?: IPairedItemData | IPairedItemData[]): INodeExecutionData => ({ json: { a: `shuffled ${from}` }, ...(pairedItem ? { pairedItem } : {}) });
		const reversed = Array.from({ length: count }, (_, index) => count - 1 - index);
		const even = reversed.filter((index) => index % 2 === 0);
		if (order === 'reverse') return [reversed.map((from) => item(from, { item: from }))];
		if (order === 'dropOdd') return [even.map((from) => item(from, { item: from }))];
		// Fewer items than came in and no pairing: n8n cannot pair them itself.
		if (order === 'unpaired') return [even.map((from) => item(from))];
		// Each from two items: `.item` back through it has two matches, but for the first item, paired with itself twice.
		return [even.map((from) => item(from, [{ item: from }, { item: Math.max(from - 1, 0) }]))];
	}
}

/** Expressions reading the item a node upstream gave for the probe's item, and some n8n must answer. */
const NODE_EXPRESSIONS = [
	"={{ $('First').item.json.a }}",
	'={{ $("First").item.json.a }}',
	"={{$('First').item.json.a}}",
	"={{ $( 'First' ).item.json['a'] }}",
	"={{ $('First').item['json'].a.b }}",
	"={{ $('First').item.json.a[0] }}",
	'={{ $(\'First\').item.json["a b"] }}',
	"=Hi {{ $('First').item.json.a }} from {{ $json.a }}!",
	"=x {{ $('Shuffle').item.json.a }} y {{ $('First').item.json.a }}",
	"={{ $('Shuffle').item.json.a }}",
	"={{ $('First').item.json.missing }}",
	"={{ $('First').item.json }}",
	"={{ $('First').item.json.a.constructor }}",
	"={{ $('First').item.json['a.constructor'] }}",
	"={{ $('First').item.binary }}",
	"={{ $('First').item.pairedItem.item }}",
	"={{ $('First').itemMatching(0).json.a }}",
	"={{ $('First').first().json.a }}",
	"={{ $('First').item.json.a + 1 }}",
	"={{ $('It\\'s').item.json.a }}",
	'={{ $("It\'s").item.json.a }}',
	"={{ $('Missing').item.json.a }}",
	"={{ $('Unrun').item.json.a }}",
	"={{ $('Aside').item.json.a }}",
	"={{ $('Probe').item.json.a }}",
	"={{ $('').item.json.a }}",
];

interface Shape {
	/** Between First and the probe: nothing, or a Shuffle node. */
	order?: Order;
	/** A Pass node named Then after the Shuffle. */
	then?: true;
	/** The workflow's binary mode: in 'combined' n8n's `.item` is the item's json, not the item. */
	binaryMode?: 'combined';
}

const SHAPES: Shape[] = [{}, { order: 'reverse' }, { order: 'dropOdd' }, { order: 'unpaired' }, { order: 'merged' }, { order: 'merged', then: true }, { order: 'reverse', binaryMode: 'combined' }];

describe("plain reads of a node's paired item ($('Node').item.json) give what n8n gives", () => {
	let engine: Engine;
	type Row = { expression: string; shape: string; read: string; item: number; fast: Answer; n8n: Answer; shortcut: boolean };
	const rows: Row[] = [];
	const runs: Array<{ shape: string; expression: string; error?: string; items: number }> = [];

	beforeAll(async () => {
		engine = await Engine.create({ extraNodeTypes: { 'test.probe': new Probe(), 'test.pass': new Pass(), 'test.shuffle': new Shuffle() } });
		for (const shape of SHAPES) {
			for (const expression of NODE_EXPRESSIONS) {
				// It's -> First [-> Shuffle [-> Then]] -> Probe; Unrun -> Probe never runs (a parent without data); Aside runs nowhere near.
				const nodes = [
					engine.node({ type: 'test.pass', name: "It's", parameters: {} }),
					engine.node({ type: 'test.pass', name: 'First', parameters: {} }),
					...(shape.order ? [engine.node({ type: 'test.shuffle', name: 'Shuffle', parameters: { order: shape.order } })] : []),
					...(shape.then ? [engine.node({ type: 'test.pass', name: 'Then', parameters: {} })] : []),
					engine.node({ type: 'test.probe', name: 'Probe', parameters: parametersFor(expression, 'id') }),
					engine.node({ type: 'test.pass', name: 'Unrun', parameters: {} }),
					engine.node({ type: 'test.pass', name: 'Aside', parameters: {} }),
				];
				const link = (node: string) => ({ main: [[{ node, type: 'main' as const, index: 0 }]] });
				const connections: IConnections = {
					"It's": link('First'),
					First: link(shape.order ? 'Shuffle' : 'Probe'),
					...(shape.order ? { Shuffle: link(shape.then ? 'Then' : 'Probe') } : {}),
					...(shape.then ? { Then: link('Probe') } : {}),
					Unrun: link('Probe'),
				};
				const workflow = new Workflow({ nodes, connections, nodeTypes: engine.nodeTypes, active: false, settings: shape.binaryMode ? { binaryMode: shape.binaryMode } : {} });
				const run = await engine.runWorkflow(
					workflow,
					"It's",
					ITEMS.map((json) => ({ json })),
				);
				const name = JSON.stringify(shape);
				const out = run.outputOf('Probe');
				runs.push({ shape: name, expression, error: run.error?.message, items: out.length });
				for (const item of out) rows.push({ expression, shape: name, ...(item.json as unknown as Omit<Row, 'expression' | 'shape'>) });
			}
		}
	}, 120_000);

	it('every read gives the same value and type, or the same error', () => {
		expect(runs.filter((r) => r.error !== undefined || r.items === 0)).toEqual([]);
		const differ = rows.filter((r) => JSON.stringify(r.fast) !== JSON.stringify(r.n8n));
		expect(differ).toEqual([]);
		const inputs = (shape: Shape) => (shape.order === undefined || shape.order === 'reverse' ? ITEMS.length : Math.ceil(ITEMS.length / 2));
		expect(rows).toHaveLength(SHAPES.reduce((sum, shape) => sum + inputs(shape), 0) * NODE_EXPRESSIONS.length * READS.length);
	});

	it('n8n answers some of them with errors, and the shortcut leaves those to it', () => {
		const reads = (expression: string, shape: Shape) => rows.filter((r) => r.expression === expression && r.shape === JSON.stringify(shape) && r.read === 'text {}');
		for (const [expression, shape] of [
			// No paired item, two different matches, no such node, a parent that has not run, not a parent.
			["={{ $('First').item.json.a }}", { order: 'unpaired' }],
			["={{ $('First').item.json.a }}", { order: 'merged', then: true }],
			["={{ $('Missing').item.json.a }}", {}],
			["={{ $('Unrun').item.json.a }}", {}],
			["={{ $('Aside').item.json.a }}", { order: 'reverse' }],
		] as Array<[string, Shape]>) {
			const errors = reads(expression, shape).filter((r) => r.n8n.type === 'error');
			expect({ expression, shape, errors: errors.length > 0, shortcuts: errors.filter((r) => r.shortcut).length }).toEqual({ expression, shape, errors: true, shortcuts: 0 });
		}
	});

	it("takes the shortcut for plain reads of a node's paired item, whole or inside text", () => {
		const taken = (expression: string, shape: Shape, read: string, item: number) =>
			rows.find((r) => r.expression === expression && r.shape === JSON.stringify(shape) && r.read === read && r.item === item)?.shortcut;
		// The probe's item k is First's item 20 - k after a reverse, 20 - 2k after dropOdd and merged.
		expect(taken("={{ $('First').item.json.a }}", {}, 'text {}', 0)).toBe(true);
		expect(taken("={{ $('First').item.json.a }}", { order: 'reverse' }, 'text {}', 1)).toBe(true);
		expect(taken('={{ $("First").item.json.a }}', { order: 'reverse' }, 'count {}', 14)).toBe(true);
		expect(taken("={{ $( 'First' ).item.json['a'] }}", { order: 'reverse' }, 'plainLocator {"extractValue":true}', 2)).toBe(true);
		expect(taken("={{ $('First').item['json'].a.b }}", { order: 'reverse' }, 'variables {}', 7)).toBe(true);
		expect(taken("={{ $('First').item.json.a[0] }}", { order: 'dropOdd' }, 'rows {}', 2)).toBe(true);
		expect(taken("=Hi {{ $('First').item.json.a }} from {{ $json.a }}!", { order: 'dropOdd' }, 'options {}', 1)).toBe(true);
		expect(taken("=x {{ $('Shuffle').item.json.a }} y {{ $('First').item.json.a }}", { order: 'reverse' }, 'text {}', 1)).toBe(true);
		// First's item 0, paired twice with itself through the merge: one match.
		expect(taken("={{ $('First').item.json.a }}", { order: 'merged', then: true }, 'text {}', 10)).toBe(true);
		// Anything else goes to n8n: other values, missing fields, other code, quoted names, and a `.item` that is the json itself.
		expect(taken("={{ $('First').item.json.a }}", { order: 'reverse' }, 'text {}', 0)).toBe(false);
		expect(taken("={{ $('First').item.json.a }}", { order: 'reverse' }, 'text {}', 7)).toBe(false);
		expect(taken("={{ $('First').item.json.missing }}", {}, 'text {}', 0)).toBe(false);
		expect(taken("={{ $('First').item.pairedItem.item }}", {}, 'text {}', 0)).toBe(false);
		expect(taken("={{ $('First').itemMatching(0).json.a }}", {}, 'text {}', 0)).toBe(false);
		expect(taken('={{ $("It\'s").item.json.a }}', {}, 'text {}', 0)).toBe(false);
		expect(taken("={{ $('First').item.json.a }}", { order: 'reverse', binaryMode: 'combined' }, 'text {}', 1)).toBe(false);
		expect(rows.filter((r) => r.shortcut).length).toBeGreaterThan(rows.length / 20);
	});
});

describe('copies of parameter values', () => {
	it('keep a key named "__proto__" as data: the copy keeps the plain prototype', () => {
		const hostile = JSON.parse('{"a": 1, "__proto__": {"polluted": true}, "nested": {"__proto__": {"deep": true}}}') as object;
		const copy = copyOf(hostile) as Record<string, unknown>;
		expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
		expect(Object.getPrototypeOf(copy.nested)).toBe(Object.prototype);
		expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
		expect(JSON.stringify(copy)).toBe(JSON.stringify(hostile));
		expect(copy).not.toBe(hostile);
	});
});
