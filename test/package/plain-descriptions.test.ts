import type { ICredentialType, INodeTypeDescription } from 'n8n-workflow';

import { loadPackage } from '../harness';

/**
 * What the editor shows a user is written for that user (issue 17): no HTTP method and path, no
 * "inferred", no {placeholder} of a URL template, no reference to the provider's document. Such
 * notes help a developer and belong in a code comment beside the property.
 */
const SPEC_NOTES: Array<[string, RegExp]> = [
	['an HTTP method and path', /\b(GET|POST|PUT|PATCH|DELETE)\s+\//],
	['"inferred"', /\binferred\b/i],
	// {wa_id}, {ID}: a path placeholder; {{1}} and {{name}} are template variables a user types.
	['a path placeholder', /(?<!\{)\{[A-Za-z_]+\}(?!\})/],
	["a reference to the provider's document", /\b(the|its) doc(ument)?\b|\bthe doc's\b|§\s*\d|\bline \d+\b|\.md\b/i],
	['a note to developers', /\b(TODO|FIXME|XXX)\b/],
];

/** The keys whose strings the editor shows. */
const TEXT_KEYS = new Set(['displayName', 'description', 'hint', 'action', 'placeholder', 'subtitle', 'errorMessage', 'multipleValueButtonText']);
/** What the editor never shows: requests, defaults and display rules. */
const SKIP_KEYS = new Set(['routing', 'request', 'requestDefaults', 'default', 'displayOptions', 'authenticate', 'test', 'extractValue']);

interface Text {
	where: string;
	text: string;
}

/** Every user-facing string under `value`, recursively through properties, options, values and modes. */
function texts(value: unknown, where: string, out: Text[] = []): Text[] {
	if (Array.isArray(value)) {
		value.forEach((entry, i) => texts(entry, `${where}[${i}]`, out));
		return out;
	}
	if (!value || typeof value !== 'object') return out;
	const record = value as Record<string, unknown>;
	// An option ({ name, value }) shows its name; a property's name is its internal key.
	const isOption = 'value' in record && !('type' in record);
	const label = typeof record.name === 'string' ? `${where}(${record.name})` : where;
	for (const [key, entry] of Object.entries(record)) {
		if (SKIP_KEYS.has(key)) continue;
		if (typeof entry === 'string') {
			if (TEXT_KEYS.has(key) || (key === 'name' && isOption)) out.push({ where: `${label}.${key}`, text: entry });
		} else {
			texts(entry, `${label}.${key}`, out);
		}
	}
	return out;
}

function specNotes(all: Text[]): string[] {
	return all.flatMap(({ where, text }) => SPEC_NOTES.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${where} has ${what}: ${JSON.stringify(text)}`));
}

describe('editor descriptions are plain words, without spec notes', () => {
	let nodes: INodeTypeDescription[];
	let credentials: ICredentialType[];

	beforeAll(async () => {
		const { loader } = await loadPackage();
		nodes = Object.values(loader.nodeTypes).flatMap(({ type }) => {
			const versioned = (type as { nodeVersions?: Record<string, { description: INodeTypeDescription }> }).nodeVersions;
			return [type.description as INodeTypeDescription, ...Object.values(versioned ?? {}).map((v) => v.description)];
		});
		credentials = Object.values(loader.credentialTypes).map((c) => c.type);
	});

	it('the check catches the notes it is meant to catch, and not template variables', () => {
		const caught = (text: string) => specNotes([{ where: 'x', text }]).length > 0;
		expect(caught('Get a WABA webhook (GET /webhooks/waba/{ID}/, inferred)')).toBe(true);
		expect(caught('Tag a chat (POST /chat_tagging/, method and path inferred)')).toBe(true);
		expect(caught('Get a chat (path inferred)')).toBe(true);
		expect(caught('The media link (.../api/v1/media/{uuid}/)')).toBe(true);
		expect(caught("a code from the language list, or en_US as in the doc's own example")).toBe(true);
		expect(caught('Values for {{1}}, {{2}}, ... in the template body, in order.')).toBe(false);
		expect(caught('Use {{first_name}} in the text')).toBe(false);
		expect(caught('Get a chat with its contact, last message, assignment and tags')).toBe(false);
	});

	it('walks every node and credential, down to the options of options', () => {
		expect(nodes.length).toBeGreaterThan(10);
		expect(credentials.length).toBeGreaterThanOrEqual(5);
		const all = [...nodes.flatMap((d) => texts(d, '')), ...credentials.flatMap((c) => texts(c, ''))];
		expect(all.length).toBeGreaterThan(1000);
		// An operation's description, a fixedCollection's field and a credential's field are all read.
		expect(all.some((t) => /\.properties\[\d+\]\(operation\)\.options\[\d+\]\([^)]+\)\.description$/.test(t.where))).toBe(true);
		expect(all.some((t) => /\.values\[\d+\]\([^)]+\)\.displayName$/.test(t.where))).toBe(true);
		expect(all.some((t) => /Api\)\.properties\[\d+\]\([^)]+\)\.description$/.test(t.where))).toBe(true);
	});

	it('no node shows an HTTP method, a path, "inferred" or a reference to the provider\'s document', () => {
		expect(nodes.flatMap((d) => specNotes(texts(d, '')))).toEqual([]);
	});

	it('no credential does either', () => {
		expect(credentials.flatMap((c) => specNotes(texts(c, '')))).toEqual([]);
	});
});
