import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** One example printed in a provider's document (format: test/contract/README.md). */
export interface ContractExample {
	id: string;
	line: number;
	title: string;
	note?: string;
	request?: {
		method: string;
		path: string;
		query?: Record<string, string>;
		headers?: Record<string, string>;
		body?: unknown;
		form?: Record<string, string>;
		/** "live" (default): the mock's live credentials replace any auth the example shows; "as-printed": send only what is printed. */
		auth?: 'live' | 'as-printed';
	};
	substitute?: Record<string, string>;
	response?: { status?: number; body?: unknown };
	/** The node operation that reads `response`; `route` ("GET /path/{x}") defaults to the request's. */
	node?: {
		type: string;
		parameters: Record<string, unknown>;
		route?: string;
		/** How many items the documented answer holds for the node (default: at least one), e.g. 0 for an empty search. */
		items?: number;
		/** The node reads a file from its input item (an upload): the suite gives it a small one under `data`. */
		binary?: { fileName: string; mimeType: string };
	};
	push?: {
		trigger: string;
		parameters?: Record<string, unknown>;
		headers?: Record<string, string>;
		body: unknown;
		/** "direct" (default): posted to the trigger's URL as printed; "mock": the mock delivers it to registered webhooks as the provider would (simulate kind `verbatim`). */
		via?: 'direct' | 'mock';
	};
	reason?: string;
}

export interface ContractFile {
	document: string;
	provider: string;
	examples: ContractExample[];
}

/** Every provider's corpus file, in a stable order. */
export function loadCorpus(root = __dirname): ContractFile[] {
	return readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'examples.json')))
		.map((entry) => JSON.parse(readFileSync(join(root, entry.name, 'examples.json'), 'utf8')) as ContractFile)
		.sort((a, b) => a.provider.localeCompare(b.provider));
}

/**
 * Replaces the ids a document printed with live ones: `{name}` keys in every string of the
 * example, `/json/pointer` keys at that place. Values name a sample (`channelJid`) or a
 * credential field (`credential.clientId`).
 */
export function substitute(example: ContractExample, live: { samples: Record<string, unknown>; credential: Record<string, unknown> }): ContractExample {
	const lookup = (source: string): unknown => {
		const [scope, key] = source.startsWith('credential.') ? ['credential', source.slice('credential.'.length)] : ['samples', source];
		const value = (scope === 'credential' ? live.credential : live.samples)[key];
		if (value === undefined) throw new Error(`${example.id}: the mock offers no ${scope} "${key}" to substitute`);
		return value;
	};
	const replacements = Object.entries(example.substitute ?? {});
	const inStrings = replacements.filter(([key]) => key.startsWith('{'));
	const replaceAll = (value: unknown): unknown => {
		if (typeof value === 'string') {
			let out = value;
			for (const [placeholder, source] of inStrings) out = out.split(placeholder).join(String(lookup(source)));
			return out;
		}
		if (Array.isArray(value)) return value.map(replaceAll);
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceAll(v)]));
		return value;
	};
	const { substitute: _table, ...rest } = example;
	const out = replaceAll(rest) as ContractExample;
	for (const [pointer, source] of replacements.filter(([key]) => key.startsWith('/'))) {
		const keys = pointer
			.slice(1)
			.split('/')
			.map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
		let target = out as unknown as Record<string, unknown>;
		for (const key of keys.slice(0, -1)) {
			if (!target[key] || typeof target[key] !== 'object') throw new Error(`${example.id}: nothing at ${pointer}`);
			target = target[key] as Record<string, unknown>;
		}
		target[keys.at(-1)!] = lookup(source);
	}
	return out;
}

/**
 * The members a documented body shows that the actual body lacks, as paths. Values may differ
 * (ids, times); structure may not. Lists are compared by their first element.
 */
export function missingMembers(documented: unknown, actual: unknown, path = '$'): string[] {
	if (Array.isArray(documented)) {
		if (!Array.isArray(actual)) return [`${path} is not a list`];
		if (documented.length === 0 || actual.length === 0) return [];
		return missingMembers(documented[0], actual[0], `${path}[0]`);
	}
	if (documented && typeof documented === 'object') {
		if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return [`${path} is not an object`];
		// A map's sample (Swagger's Map«string,T») names placeholder keys, not members.
		if (Object.keys(documented).length > 0 && Object.keys(documented).every((key) => /^property\d+$/.test(key))) return [];
		const missing: string[] = [];
		for (const [key, value] of Object.entries(documented)) {
			if (!Object.prototype.hasOwnProperty.call(actual, key)) missing.push(`${path}.${key}`);
			else missing.push(...missingMembers(value, (actual as Record<string, unknown>)[key], `${path}.${key}`));
		}
		return missing;
	}
	return [];
}

/** A path template as a fault glob: `{x}` matches one segment. */
export function pathGlob(path: string): string {
	return path.split('?')[0].replace(/\{[^}]+\}/g, '*');
}

/** Errors that mean the node's own code broke on the answer, not that it reported the provider's error. */
export const CRASH = /TypeError|ReferenceError|Cannot read propert|is not a function|is not iterable|undefined is not|of undefined|of null/;
