import { NodeHelpers, type IDataObject, type IExecuteFunctions, type INode, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

/**
 * Item parameters whose expressions only read the item (`={{ $json.phone }}`,
 * `=Thanks {{ $json["contact"].name }}!`), resolved without n8n's expression engine.
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

/** One step into the item's json: `.name`, `["name"]`, `['name']` or `[0]`. */
const STEP = /^(?:\.([A-Za-z_$][\w$]*)|\[\s*(?:"([^"\\]*)"|'([^'\\]*)'|(\d+))\s*\])/;
/** Names that are not data: n8n refuses `.constructor`, the others reach into prototypes. */
const NOT_DATA = new Set(['constructor', '__proto__', 'prototype']);

type Path = string[];

/** `$json.a["b"][0]` (spaces around it allowed) -> ['a', 'b', '0'], or undefined for anything else. */
function jsonPath(code: string): Path | undefined {
	let rest = code.trim();
	if (!rest.startsWith('$json')) return undefined;
	rest = rest.slice('$json'.length);
	const path: Path = [];
	while (rest.length > 0) {
		const step = STEP.exec(rest);
		if (!step) return undefined;
		const key = step[1] ?? step[2] ?? step[3] ?? step[4];
		if (NOT_DATA.has(key)) return undefined;
		path.push(key);
		rest = rest.slice(step[0].length);
	}
	return path.length > 0 ? path : undefined;
}

/** An expression's parts: literal text and item reads. Undefined when it is not only those. */
type Part = string | Path;

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
		const path = jsonPath(rest.slice(open + 2, close));
		if (!path) return undefined;
		parts.push(path);
		rest = rest.slice(close + 2);
	}
	return parts.some((p) => typeof p !== 'string') ? parts : undefined;
}

/** The item's value at `path`, when every step is the item's own data; undefined otherwise. */
function read(json: IDataObject, path: Path): { value: unknown } | undefined {
	let current: unknown = json;
	for (const key of path) {
		if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return { value: current };
}

const isPlainValue = (value: unknown): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** What n8n gives for this expression on this item, when that is certain; undefined otherwise. */
function resolve(expression: string, json: IDataObject, compiled: Compiled): { value: string | number } | undefined {
	const parts = partsOf(expression, compiled);
	if (!parts) return undefined;
	if (parts.length === 1) {
		// The whole expression is one read: n8n gives the value itself, type and all.
		const found = read(json, parts[0] as Path);
		return found && isPlainValue(found.value) ? { value: found.value } : undefined;
	}
	let text = '';
	for (const part of parts) {
		if (typeof part === 'string') {
			text += part;
			continue;
		}
		const found = read(json, part);
		if (!found || !isPlainValue(found.value)) return undefined;
		text += String(found.value);
	}
	return { value: text };
}

const UNRESOLVED = Symbol('unresolved');

/** A copy of `raw` with its expressions resolved, or UNRESOLVED when one of them needs n8n. */
function resolveAll(raw: unknown, json: IDataObject, compiled: Compiled): unknown {
	if (typeof raw === 'string') {
		if (raw.charAt(0) !== '=') return raw;
		return resolve(raw, json, compiled)?.value ?? UNRESOLVED;
	}
	if (Array.isArray(raw)) {
		const out: unknown[] = [];
		for (const entry of raw) {
			const value = resolveAll(entry, json, compiled);
			if (value === UNRESOLVED) return UNRESOLVED;
			out.push(value);
		}
		return out;
	}
	if (raw === null || typeof raw !== 'object') return raw;
	const out: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(raw)) {
		const value = resolveAll(entry, json, compiled);
		if (value === UNRESOLVED) return UNRESOLVED;
		out[key] = value;
	}
	return out;
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
}

/**
 * The run's reader: `read(name, itemIndex, fallback, options)` gives the parameter as n8n's
 * getNodeParameter would, reading plain item expressions directly and asking n8n for the rest.
 */
export type PlainParameterReader = (name: string, itemIndex: number, fallback?: unknown, options?: IDataObject) => unknown;

export function plainParameterReader(ctx: IExecuteFunctions, description: INodeTypeDescription): PlainParameterReader {
	const node: INode = ctx.getNode();
	const items = ctx.getInputData();
	const plans = new Map<string, Plan | null>();
	const compiled: Compiled = new Map();

	/** Per run and name: whether the shortcut may be taken, decided on the property n8n would find. */
	const planOf = (name: string, options?: IDataObject): Plan | null => {
		const extract = options?.extractValue === true;
		const other = options && Object.keys(options).some((key) => key !== 'extractValue');
		if (other || name.includes('.')) return null;
		const key = `${name} ${extract}`;
		if (!plans.has(key)) {
			// A top-level name: what n8n finds is one of the node's properties.
			const property = NodeHelpers.findDisplayedProperty(name, description.properties, node.parameters, node, description) as INodeProperties | undefined;
			// n8n validates against whichever property of that name it finds shown: any of them counts.
			const anyValidated = description.properties.some((p) => p.name === name && validated(p));
			let plan: Plan | null = null;
			if (property && !anyValidated) {
				const extraction = extract ? extractionOf(property) : 'none';
				if (extraction !== 'n8n') plan = { property, extraction };
			}
			plans.set(key, plan);
		}
		return plans.get(key)!;
	};

	return (name: string, itemIndex: number, fallback?: unknown, options?: IDataObject): unknown => {
		const plan = planOf(name, options);
		const json = items[itemIndex]?.json;
		if (plan && json) {
			const raw = ctx.getNodeParameter(name, itemIndex, fallback as never, { rawExpressions: true }) as unknown;
			const value = resolveAll(raw, json, compiled);
			if (value !== UNRESOLVED) {
				if (plan.extraction !== 'locator') return value;
				const extracted = locatorValue(plan.property, value);
				if (extracted) return extracted.value;
			}
		}
		return ctx.getNodeParameter(name, itemIndex, fallback as never, options);
	};
}
