import { NodeHelpers, type IDataObject, type IExecuteFunctions, type INode, type INodeProperties, type INodeTypeDescription, type IWorkflowDataProxyData } from 'n8n-workflow';

/**
 * Item parameters whose expressions only read the item (`={{ $json.phone }}`,
 * `=Thanks {{ $json["contact"].name }}!`) or the item a node upstream gave for it
 * (`={{ $('Recipients').item.json.name }}`), resolved without n8n's expression engine.
 *
 * n8n builds a whole global context for every expression it evaluates (the data proxy, luxon's
 * DateTime.now() with a time-zone lookup, the extensions): about 0.3 ms each, so on a send
 * with a contact and two template variables most of the node's own time per item. The hot
 * parameters are nearly always such plain reads of the item's json, which need none of it.
 *
 * Only what is certainly the same as n8n's answer is read here; everything else (any other
 * expression, a value that is not a string or finite number, a missing or inherited field, a
 * parameter n8n validates or extracts by a pattern) returns `undefined` and the caller asks n8n.
 * test/package/plain-expressions.test.ts compares both over many shapes through the real engine.
 */

/** One step into the item: `.name`, `["name"]`, `['name']` or `[0]`. */
const STEP = /^(?:\.([A-Za-z_$][\w$]*)|\[\s*(?:"([^"\\]*)"|'([^'\\]*)'|(\d+))\s*\])/;
/** Names that are not data: n8n refuses `.constructor`, the others reach into prototypes. */
const NOT_DATA = new Set(['constructor', '__proto__', 'prototype']);
/**
 * `$('Node Name').item` or `$("Node Name").item`, followed by a step. Names with quotes or
 * backslashes (escapes) or braces (n8n's template syntax) are left to n8n.
 */
const NODE_ITEM = /^\$\(\s*(?:'([^'"\\{}\r\n]+)'|"([^'"\\{}\r\n]+)")\s*\)\.item(?=[.[])/;

type Path = string[];

/**
 * One read: from the item's json (`$json.a` -> path ['a']), or from the item a node upstream
 * gave for it (`$('Node').item.json.a` -> node 'Node', path ['json', 'a']).
 */
interface ItemRead {
	node?: string;
	path: Path;
}

/** `.a["b"][0]` -> ['a', 'b', '0'], or undefined for anything else. */
function steps(code: string): Path | undefined {
	let rest = code;
	const path: Path = [];
	while (rest.length > 0) {
		const step = STEP.exec(rest);
		if (!step) return undefined;
		const key = step[1] ?? step[2] ?? step[3] ?? step[4];
		if (NOT_DATA.has(key)) return undefined;
		path.push(key);
		rest = rest.slice(step[0].length);
	}
	return path;
}

/** `$json.a["b"][0]` or `$('Node').item.json.a` (spaces around it allowed), or undefined for anything else. */
function itemRead(code: string): ItemRead | undefined {
	const trimmed = code.trim();
	if (trimmed.startsWith('$json')) {
		const path = steps(trimmed.slice('$json'.length));
		return path && path.length > 0 ? { path } : undefined;
	}
	const start = NODE_ITEM.exec(trimmed);
	if (!start) return undefined;
	const path = steps(trimmed.slice(start[0].length));
	// Only the item's json: its binary, pairedItem and the like are left to n8n.
	if (!path || path.length < 2 || path[0] !== 'json') return undefined;
	return { node: start[1] ?? start[2], path };
}

/** An expression's parts: literal text and item reads. Undefined when it is not only those. */
type Part = string | ItemRead;

/** Parsed expressions, per run: the node's parameters hold a handful. */
type Compiled = Map<string, Part[] | null>;

function partsOf(expression: string, compiled: Compiled): Part[] | undefined {
	let parts = compiled.get(expression);
	if (parts === undefined) {
		parts = parse(expression.slice(1)) ?? null;
		compiled.set(expression, parts);
	}
	return parts ?? undefined;
}

function parse(template: string): Part[] | undefined {
	// n8n refuses the whole expression when this appears anywhere in it, text and quoted names included.
	if (/\.\s*constructor/.test(template)) return undefined;
	const parts: Part[] = [];
	let rest = template;
	while (rest.length > 0) {
		const open = rest.indexOf('{{');
		const text = open === -1 ? rest : rest.slice(0, open);
		// Braces or backslashes in the text: n8n's template syntax may read them otherwise.
		if (/[{}\\]/.test(text)) return undefined;
		if (text) parts.push(text);
		if (open === -1) break;
		const close = rest.indexOf('}}', open + 2);
		if (close === -1) return undefined;
		const read = itemRead(rest.slice(open + 2, close));
		if (!read) return undefined;
		parts.push(read);
		rest = rest.slice(close + 2);
	}
	return parts.some((p) => typeof p !== 'string') ? parts : undefined;
}

/** Where the reads of one item start: its json, and the items nodes upstream gave for it. */
interface ItemSource {
	json: IDataObject;
	itemIndex: number;
	nodeItem: NodeItems;
}

/** The value at `read`, when every step is the item's own data; undefined otherwise. */
function read(source: ItemSource, { node, path }: ItemRead): { value: unknown } | undefined {
	let current: unknown = node === undefined ? source.json : source.nodeItem(node, source.itemIndex);
	for (const key of path) {
		if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return { value: current };
}

const isPlainValue = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** What n8n gives for this expression on this item, when that is certain; undefined otherwise. */
function resolve(expression: string, source: ItemSource, compiled: Compiled): { value: string | number } | undefined {
	const parts = partsOf(expression, compiled);
	if (!parts) return undefined;
	if (parts.length === 1) {
		// The whole expression is one read: n8n gives the value itself, type and all.
		const found = read(source, parts[0] as ItemRead);
		return found && isPlainValue(found.value) ? { value: found.value } : undefined;
	}
	let text = '';
	for (const part of parts) {
		if (typeof part === 'string') {
			text += part;
			continue;
		}
		const found = read(source, part);
		if (!found || !isPlainValue(found.value)) return undefined;
		text += String(found.value);
	}
	return { value: text };
}

const UNRESOLVED = Symbol('unresolved');

/** A copy of one parameter value with its expressions resolved for an item, or UNRESOLVED when one of them needs n8n. */
type Resolver = (source: ItemSource) => unknown;

/**
 * The resolver for a parameter value, built once per run: the value's shape (which keys, which
 * strings are expressions) is the same for every item, so each item only reads and copies.
 */
function resolverOf(raw: unknown, compiled: Compiled): Resolver {
	if (typeof raw === 'string') {
		if (raw.charAt(0) !== '=') return () => raw;
		return (source) => resolve(raw, source, compiled)?.value ?? UNRESOLVED;
	}
	if (Array.isArray(raw)) {
		const entries = raw.map((entry) => resolverOf(entry, compiled));
		return (source) => {
			const out: unknown[] = [];
			for (const entry of entries) {
				const value = entry(source);
				if (value === UNRESOLVED) return UNRESOLVED;
				out.push(value);
			}
			return out;
		};
	}
	if (raw === null || typeof raw !== 'object') return () => raw;
	const entries = Object.entries(raw).map(([key, entry]) => [key, resolverOf(entry, compiled)] as const);
	return (source) => {
		const out: Record<string, unknown> = {};
		for (const [key, entry] of entries) {
			const value = entry(source);
			if (value === UNRESOLVED) return UNRESOLVED;
			defineOwn(out, key, value);
		}
		return out;
	};
}

/** `$('Node').item` for an item index: what n8n gives, or undefined when n8n would throw (or anything went wrong). */
type NodeItems = (nodeName: string, itemIndex: number) => unknown;

/**
 * n8n's data proxy gives `$('Node').item` as `.itemMatching` called with the proxy's own item
 * index, and both return the stored item itself (workflow-data-proxy.js): so one proxy per run
 * serves every item, without a proxy and a global context per expression. Its `.itemMatching`
 * getter checks that the node is a parent and has run (the same for every item: once per node);
 * the paired-item walk is once per item, as several parameters read the same item. Whatever
 * throws is left to n8n, which then gives its own error.
 */
function nodeItemsOf(ctx: IExecuteFunctions): NodeItems {
	let proxy: IWorkflowDataProxyData | null | undefined;
	const matching = new Map<string, ((itemIndex: number) => unknown) | null>();
	const found = new Map<string, Map<number, unknown>>();
	const matcherOf = (nodeName: string) => {
		if (!matching.has(nodeName)) {
			let matcher: unknown = null;
			try {
				if (proxy === undefined) proxy = ctx.getWorkflowDataProxy(0) ?? null;
				matcher = proxy?.$(nodeName).itemMatching;
			} catch {
				proxy ??= null;
			}
			matching.set(nodeName, typeof matcher === 'function' ? (matcher as (itemIndex: number) => unknown) : null);
		}
		return matching.get(nodeName)!;
	};
	return (nodeName, itemIndex) => {
		let items = found.get(nodeName);
		if (!items) found.set(nodeName, (items = new Map()));
		if (!items.has(itemIndex)) {
			let item: unknown;
			try {
				item = matcherOf(nodeName)?.(itemIndex);
			} catch {
				item = undefined;
			}
			items.set(itemIndex, item);
		}
		return items.get(itemIndex);
	};
}

/**
 * Whether n8n's getNodeParameter checks or converts the parameter after resolving it
 * (validateValueAgainstSchema in n8n-core, for a top-level name): a validateType on it, or on
 * an option of a collection.
 */
function validated(property: INodeProperties): boolean {
	const checks = (entry: Partial<INodeProperties>) => Boolean(entry.validateType) && !entry.ignoreValidationDuringExecution;
	if (checks(property)) return true;
	return property.type === 'collection' && ((property.options ?? []) as INodeProperties[]).some(checks);
}

type Extraction = 'none' | 'locator' | 'n8n';

/**
 * How n8n's extractValue treats the parameter: nothing to do, a resource locator (its value,
 * unless its mode extracts by a pattern), or anything else, left to n8n.
 */
function extractionOf(property: INodeProperties): Extraction {
	if (property.type === 'resourceLocator') return 'locator';
	if (property.type === 'filter' || 'extractValue' in property) return 'n8n';
	return 'none';
}

/** n8n's extractValue for a resource locator whose mode takes no pattern; undefined when the mode takes one. */
function locatorValue(property: INodeProperties, value: unknown): { value: unknown } | undefined {
	if (value === null || typeof value !== 'object' || !('mode' in value) || !('value' in value)) return { value };
	const mode = (property.modes ?? []).find((m) => m.name === value.mode);
	return mode?.extractValue ? undefined : { value: value.value };
}

interface Plan {
	property: INodeProperties;
	extraction: Extraction;
	/**
	 * The node's value for the name (item-independent: n8n resolves expressions only after
	 * reading it), its expressions resolved for an item.
	 */
	resolve: Resolver;
}

/** Whether a parameter value holds an expression anywhere: n8n resolves every string that starts with "=". */
function hasExpression(raw: unknown): boolean {
	if (typeof raw === 'string') return raw.charAt(0) === '=';
	if (Array.isArray(raw)) return raw.some(hasExpression);
	if (raw !== null && typeof raw === 'object') return Object.values(raw).some(hasExpression);
	return false;
}

/** Options that change nothing per item: n8n's answer for a value without expressions is the same for every item. */
const ITEM_INDEPENDENT_OPTIONS = new Set(['extractValue', 'ensureType', 'rawExpressions']);

/** A copy of the plain objects and arrays in a parameter value (other objects, such as dates, as they are). */
export function copyOf(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(copyOf);
	if (value === null || typeof value !== 'object') return value;
	const prototype = Object.getPrototypeOf(value);
	if (prototype !== Object.prototype && prototype !== null) return value;
	const copy: Record<string, unknown> = {};
	for (const key of Object.keys(value)) defineOwn(copy, key, copyOf((value as Record<string, unknown>)[key]));
	return copy;
}

/** `target[key] = value` as an own property, also for a key named "__proto__" (an assignment would set the prototype). */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
	if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
	else target[key] = value;
}

/** What the run knows about one read (a parameter name with its options), decided once. */
interface Entry {
	/** n8n's own answer, when the value holds no expression: the same for every item, so asked once. */
	constant?: { value: unknown };
	/** The shortcut for plain item reads, or null when n8n must answer. */
	plan: Plan | null;
}

const TOP_LEVEL_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * What a read's options ask for, as a key: '' for none, 'extract' for `{ extractValue: true }`
 * (the common two, without building a string per read), else the options themselves.
 */
function readKind(options: IDataObject | undefined): string {
	if (options === undefined) return '';
	const keys = Object.keys(options);
	if (keys.length === 0) return '';
	return keys.length === 1 && options.extractValue === true ? 'extract' : JSON.stringify(options);
}

/**
 * What n8n answered for one item, by read: an operation's steps read the same field several times
 * (the path, the body and the output summary all need the contact), and n8n evaluates an
 * expression anew on every read.
 */
export type ItemAnswers = Map<object, unknown>;

/**
 * The run's reader: `read(name, itemIndex, fallback, options, asked)` gives the parameter as n8n's
 * getNodeParameter would, reading plain item expressions directly and asking n8n for the rest
 * (once per item and read when given the item's `asked`). A value without any expression is asked
 * of n8n once per run: its answer (defaults, a picker's value, a checked type) cannot differ
 * between items. Each read gets its own copy of an object value. A read n8n refuses is not
 * remembered, so each item gets n8n's own error, naming it.
 */
export type PlainParameterReader = (name: string, itemIndex: number, fallback?: unknown, options?: IDataObject, asked?: ItemAnswers) => unknown;

export function plainParameterReader(ctx: IExecuteFunctions, description: INodeTypeDescription): PlainParameterReader {
	const node: INode = ctx.getNode();
	const items = ctx.getInputData();
	// By read kind (readKind), then by name: no key is built per read.
	const entries = new Map<string, Map<string, Entry>>();
	const compiled: Compiled = new Map();
	const nodeItem = nodeItemsOf(ctx);

	/** A top-level name: what n8n finds is one of the node's properties; n8n validates against whichever property of that name it finds shown. */
	const planOf = (name: string, raw: unknown, extract: boolean): Plan | null => {
		const property = NodeHelpers.findDisplayedProperty(name, description.properties, node.parameters, node, description) as INodeProperties | undefined;
		const anyValidated = description.properties.some((p) => p.name === name && validated(p));
		if (!property || anyValidated) return null;
		const extraction = extract ? extractionOf(property) : 'none';
		return extraction === 'n8n' ? null : { property, extraction, resolve: resolverOf(raw, compiled) };
	};

	const entryOf = (name: string, itemIndex: number, fallback: unknown, options?: IDataObject): Entry => {
		const kind = readKind(options);
		let byName = entries.get(kind);
		if (!byName) entries.set(kind, (byName = new Map()));
		let entry = byName.get(name);
		if (entry) return entry;
		const keys = options ? Object.keys(options) : [];
		const raw = TOP_LEVEL_NAME.test(name) && Object.hasOwn(node.parameters, name) ? node.parameters[name] : undefined;
		entry = { plan: null };
		if (raw !== undefined && !hasExpression(raw) && keys.every((k) => ITEM_INDEPENDENT_OPTIONS.has(k))) {
			try {
				entry.constant = { value: ctx.getNodeParameter(name, itemIndex, fallback as never, options) };
			} catch {
				// Left to n8n for every item, with its own error.
			}
		} else if (raw !== undefined && keys.every((k) => k === 'extractValue')) {
			entry.plan = planOf(name, raw, options?.extractValue === true);
		}
		byName.set(name, entry);
		return entry;
	};

	return (name: string, itemIndex: number, fallback?: unknown, options?: IDataObject, asked?: ItemAnswers): unknown => {
		const entry = entryOf(name, itemIndex, fallback, options);
		if (entry.constant) return copyOf(entry.constant.value);
		const json = items[itemIndex]?.json;
		if (entry.plan && json) {
			const value = entry.plan.resolve({ json, itemIndex, nodeItem });
			if (value !== UNRESOLVED) {
				if (entry.plan.extraction !== 'locator') return value;
				const extracted = locatorValue(entry.plan.property, value);
				if (extracted) return extracted.value;
			}
		}
		if (!asked) return ctx.getNodeParameter(name, itemIndex, fallback as never, options);
		if (!asked.has(entry)) asked.set(entry, ctx.getNodeParameter(name, itemIndex, fallback as never, options));
		return copyOf(asked.get(entry));
	};
}
