/**
 * The cases of openapi-fuzz.test.ts, generated from what the running mock says about itself: each
 * provider's GET /<slug>/openapi.json (paths, methods, path parameters, request body schemas) and
 * its GET /__control/credentials entry (credentials and seeded ids). No hand-written route list.
 */

/** In the order they run: the classes most likely to crash the mock come last. */
export const CLASSES = [
	'schema-valid',
	'no-auth',
	'schema-mutation',
	'query-objects',
	'prototype-keys',
	'no-body',
	'auth-duplicate',
	'auth-malformed',
	'bad-encoding',
	'long-url',
	'path-traversal',
	'planted-secrets',
	'huge-body',
	'deep-nesting',
] as const;
export type FuzzClass = (typeof CLASSES)[number];

/** valid: the provider's own credential; duplicate/malformed: variants of it picked by `variant`. */
export type AuthMode = 'valid' | 'none' | 'duplicate' | 'malformed';

export interface FuzzCase {
	id: number;
	slug: string;
	cls: FuzzClass;
	method: string;
	/** The route as the document names it, e.g. /channels/{channelJid}/messages/{contactJid}. */
	route: string;
	/** Exactly what goes on the request line: provider prefix, path and query. */
	path: string;
	auth: AuthMode;
	variant: number;
	headers: Record<string, string>;
	body?: Buffer;
	/** Secret values this request carries where their names say they are secret. */
	planted: string[];
	/** The path has hostile segments: whatever it answers must not carry a credential. */
	hostilePath?: boolean;
}

export interface Route {
	method: string;
	path: string;
	params: string[];
	/** The JSON request body schema, when the document names one. */
	body?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, any>;

export function routesOf(doc: { paths: Record<string, Record<string, Schema>> }): Route[] {
	const routes: Route[] = [];
	for (const [path, operations] of Object.entries(doc.paths)) {
		for (const [method, operation] of Object.entries(operations)) {
			const params = ((operation.parameters ?? []) as Schema[]).filter((p) => p.in === 'path').map((p) => String(p.name));
			routes.push({ method: method.toUpperCase(), path, params, body: operation.requestBody?.content?.['application/json']?.schema });
		}
	}
	return routes;
}

/** Seeded ids as a flat map: {template: {name}} becomes templateName. */
function flatSamples(samples: Record<string, unknown> = {}, prefix = ''): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(samples)) {
		const name = prefix ? `${prefix}${key[0].toUpperCase()}${key.slice(1)}` : key;
		if (value && typeof value === 'object') Object.assign(out, flatSamples(value as Record<string, unknown>, name));
		else if (value !== undefined && value !== null) out[name] = String(value);
	}
	return out;
}

/** Seeded values whose name is the parameter's or ends with it: conversationId finds whatsappConversationId. */
function samplesFor(name: string, samples: Record<string, string>): string[] {
	const wanted = name.toLowerCase().replace(/_/g, '');
	const exact = Object.entries(samples).filter(([k]) => k.toLowerCase() === wanted);
	const ending = Object.entries(samples).filter(([k]) => k.toLowerCase() !== wanted && k.toLowerCase().endsWith(wanted));
	return [...exact, ...ending].map(([, v]) => v);
}

/** A plausible instance of a JSON Schema, preferring seeded ids for fields named like them. */
function exampleOf(schema: Schema | undefined, components: Record<string, Schema>, samples: Record<string, string>, name = '', depth = 0): Json {
	if (!schema || depth > 6) return null;
	if (schema.$ref) return exampleOf(components[String(schema.$ref).split('/').pop()!], components, samples, name, depth + 1);
	if ('const' in schema) return schema.const;
	if (Array.isArray(schema.enum)) return schema.enum[0];
	if (schema.example !== undefined) return schema.example;
	if (Array.isArray(schema.allOf)) {
		const parts = schema.allOf.map((s: Schema) => exampleOf(s, components, samples, name, depth + 1));
		const objects = parts.filter((p: Json) => p && typeof p === 'object' && !Array.isArray(p));
		return objects.length ? Object.assign({}, ...objects) : (parts.find((p: Json) => p !== null) ?? null);
	}
	const options = schema.oneOf ?? schema.anyOf;
	if (Array.isArray(options) && !schema.type && !schema.properties) return exampleOf(options[0], components, samples, name, depth + 1);
	const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : (schema.type ?? (schema.properties ? 'object' : undefined));
	const seeded = name ? samplesFor(name, samples)[0] : undefined;
	switch (type) {
		case 'object': {
			const out: Record<string, Json> = {};
			for (const [key, inner] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
				out[key] = exampleOf(inner, components, samples, key, depth + 1);
			}
			return out;
		}
		case 'array': {
			const item = exampleOf(schema.items, components, samples, name, depth + 1);
			return Array.from({ length: Math.max(1, Number(schema.minItems) || 1) }, () => item);
		}
		case 'integer':
		case 'number':
			return seeded !== undefined && /^-?\d+$/.test(seeded) ? Number(seeded) : Number(schema.minimum ?? 1);
		case 'boolean':
			return true;
		case 'string':
			if (seeded !== undefined) return seeded;
			if (schema.format === 'uri' || schema.format === 'url' || /url$/i.test(name)) return 'http://127.0.0.1:9/fuzz-receiver';
			if (schema.format === 'email') return 'fuzz@example.com';
			if (schema.format === 'date-time') return new Date(0).toISOString();
			if (schema.format === 'date') return '2024-01-01';
			if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
			if (/phone|wa_?id|msisdn/i.test(name)) return '31612345678';
			return 'fuzz'.padEnd(Math.max(4, Number(schema.minLength) || 0), 'z');
		default:
			return seeded ?? 'fuzz';
	}
}

/** One wrong value for a field, picked by n: the types a handler does not expect. */
const WRONG: Json[] = [null, 12345, 'a string', [], {}, true, -1e308, '', [[[]]], { length: -1 }, 'NaN', '\u0000'];

function mutate(valid: Json, n: number): Json {
	if (!valid || typeof valid !== 'object' || Array.isArray(valid)) return WRONG[n % WRONG.length];
	const keys = Object.keys(valid);
	if (!keys.length) return { unexpected: WRONG[n % WRONG.length] };
	const key = keys[n % keys.length];
	// Every third mutation drops the field instead of breaking it.
	if (n % 3 === 2) {
		const { [key]: _dropped, ...rest } = valid;
		return rest;
	}
	return { ...valid, [key]: WRONG[(n + key.length) % WRONG.length] };
}

const HOSTILE_SEGMENTS = [
	'..',
	'..%2F..%2F__control%2Fcredentials',
	'%2e%2e%2f%2e%2e%2f__control%2fcredentials',
	'..%5C..%5C..%5Cwindows',
	'%252e%252e%252f',
	'....%2F%2F',
	'%00',
	'%c0%ae%c0%ae%2f',
	'%ZZ',
	'%F0%9F%92%A5',
	'-1',
	'9'.repeat(40),
];

/** Header sets that look like credentials but are broken; each provider gets all of them cycled over its routes. */
export const MALFORMED_AUTH: Array<Record<string, string>> = [
	{ authorization: 'Basic !!!not-base64!!!' },
	{ authorization: `Basic ${Buffer.from('%E0%A4%A:%ZZ').toString('base64')}` },
	{ authorization: `Basic ${Buffer.from('no-colon-at-all').toString('base64')}` },
	{ authorization: 'Basic ' },
	{ authorization: 'Bearer' },
	{ authorization: 'Token' },
	{ authorization: `Bearer ${'A'.repeat(8_000)}` },
	{ authorization: 'Bearer \u00ff\u00fe\u00e9' },
	{ authorization: 'Token a b c' },
	{ authorization: 'Digest username="x", realm="y", nonce="z"' },
	{ 'x-api-key': '', 'x-api-id': 'x'.repeat(6_000) },
	{ 'x-api-key': '\u00ff', 'x-api-id': '%00', 'd360-api-key': '\u00e9' },
];

/** Bodies whose encoding or framing is wrong; cycled over the routes. */
const BAD_ENCODINGS: Array<{ headers: Record<string, string>; body: Buffer }> = [
	{ headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: Buffer.from('this is not gzip at all') },
	{ headers: { 'content-type': 'application/json', 'content-encoding': 'deflate' }, body: Buffer.from([0x78, 0x9c, 0xff, 0x00, 0x13]) },
	{ headers: { 'content-type': 'application/json', 'content-encoding': 'br' }, body: Buffer.from('not brotli') },
	{ headers: { 'content-type': 'application/json', 'content-encoding': 'x-made-up' }, body: Buffer.from('{}') },
	{ headers: { 'content-type': 'application/json; charset=utf-7' }, body: Buffer.from('{"a":"+AGEAYgBj-"}') },
	{ headers: { 'content-type': 'application/json; charset=latin1' }, body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]) },
	{ headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]) },
	{ headers: { 'content-type': 'application/json' }, body: Buffer.from('{"text":"\\ud800\\udfff\\ud800","n":1e999}') },
	{ headers: { 'content-type': 'application/json' }, body: Buffer.from('\ufeff{"bom": true}') },
	{ headers: { 'content-type': 'application/json' }, body: Buffer.from('{"unterminated": ') },
	{ headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from('hello') },
	{ headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, body: Buffer.from('--xyz\r\nContent-Disposition: form-data; name="f"\r\n\r\nbroken') },
	{ headers: { 'content-type': 'multipart/form-data' }, body: Buffer.from('--no-boundary--') },
	{ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('a=1&a[b]=2&&=&%ZZ=%ZZ&c[][]=%E0%A4%A') },
	{ headers: { 'content-type': ';;;===, */*' }, body: Buffer.from('{}') },
	{ headers: { 'content-type': 'application/xml' }, body: Buffer.from('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>') },
];

/** Query names to turn into objects: the route's own parameter and body field names, and common paging ones. */
const COMMON_QUERY_NAMES = ['limit', 'offset', 'page', 'page_size', 'search', 'status', 'state', 'type', 'since', 'until', 'ordering', 'cursor'];

/** A JSON text nested `depth` levels deep (built as text: JSON.stringify itself would overflow). */
export function deepJson(depth: number, leaf: string, kind: 'object' | 'array' = 'object'): string {
	return kind === 'object' ? `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}` : `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
}

function json(value: unknown): Buffer {
	return Buffer.from(JSON.stringify(value));
}

function multipart(fields: Record<string, string>, file?: { name: string; size: number }): { headers: Record<string, string>; body: Buffer } {
	const boundary = 'fuzzboundary7MA4YWxk';
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
	if (file) {
		parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="fuzz.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`));
		parts.push(Buffer.alloc(file.size, 0x41), Buffer.from('\r\n'));
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: Buffer.concat(parts) };
}

const hasBody = (method: string) => method === 'POST' || method === 'PUT' || method === 'PATCH';

/**
 * Every class for every route of one provider. `doc` is its OpenAPI document, `credentials` its
 * /__control/credentials entry; `nextId` numbers cases across providers.
 */
export function casesFor(slug: string, doc: Schema, credentials: Record<string, unknown>, nextId: () => number): FuzzCase[] {
	const components = (doc.components?.schemas ?? {}) as Record<string, Schema>;
	const samples = flatSamples(credentials.samples as Record<string, unknown>);
	const cases: FuzzCase[] = [];
	const routes = routesOf(doc as never);
	let bigOneSent = false;

	routes.forEach((route, r) => {
		const valid = route.body ? exampleOf(route.body, components, samples) : {};
		const bodyFields = valid && typeof valid === 'object' && !Array.isArray(valid) ? Object.keys(valid) : [];
		const queryNames = [...new Set([...route.params, ...bodyFields, ...COMMON_QUERY_NAMES])];

		/** The route's path with seeded ids (cycled by `v`), or `hostile(param)` where given. */
		const pathWith = (v: number, hostile?: (param: string, i: number) => string) =>
			`/${slug}${route.path.replace(/\{(\w+)\}/g, (_m, param: string) => {
				const i = route.params.indexOf(param);
				if (hostile) return hostile(param, i);
				const seeded = samplesFor(param, samples);
				return encodeURIComponent(seeded.length ? seeded[(v + i) % seeded.length] : `fuzz-${param}`);
			})}`;

		const add = (cls: FuzzClass, v: number, parts: Partial<FuzzCase> & { body?: Buffer }) => {
			const headers = { ...(parts.body && !parts.headers?.['content-type'] ? { 'content-type': 'application/json' } : {}), ...parts.headers };
			cases.push({
				id: nextId(),
				slug,
				cls,
				method: route.method,
				route: route.path,
				path: pathWith(v),
				auth: 'valid',
				variant: v,
				planted: [],
				...parts,
				headers,
			});
		};
		const validBody = hasBody(route.method) ? json(valid) : undefined;

		add('schema-valid', r, { body: validBody });
		add('no-auth', r, { auth: 'none', body: validBody });

		for (let m = 0; m < (route.body ? 3 : 1); m++) add('schema-mutation', r + m, { body: json(mutate(valid, r * 3 + m)) });

		add('query-objects', r, { path: `${pathWith(r)}?${queryNames.map((n) => `${n}[$gt]=1&${n}[k][j]=2`).join('&')}`, body: validBody });
		add('query-objects', r + 1, { path: `${pathWith(r + 1)}?${queryNames.map((n) => `${n}[]=1&${n}[]=2&${n}[5]=x`).join('&')}`, body: validBody });

		const protoBody = `{"__proto__":{"isAdmin":true,"role":"admin","polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"x":1},${JSON.stringify(valid && typeof valid === 'object' && !Array.isArray(valid) ? valid : { value: valid }).slice(1)}`;
		add('prototype-keys', r, { body: Buffer.from(protoBody), headers: { 'content-type': 'application/json' } });
		add('prototype-keys', r + 1, {
			path: `${pathWith(r + 1)}?__proto__[polluted]=yes&constructor[prototype][polluted]=yes&toString=x&hasOwnProperty=1&valueOf[]=1&${queryNames[0] ?? 'q'}[__proto__]=1`,
			body: validBody,
		});

		if (hasBody(route.method)) {
			add('no-body', r, {});
			add('no-body', r + 1, { headers: { 'content-type': 'application/json', 'content-length': '0' }, body: Buffer.alloc(0) });
		} else {
			add('no-body', r, { headers: { 'content-type': 'application/json' }, body: Buffer.alloc(0) });
		}

		add('auth-duplicate', r, { auth: 'duplicate', body: validBody });
		add('auth-malformed', r * 2, { auth: 'malformed', body: validBody });
		add('auth-malformed', r * 2 + 1, { auth: 'malformed', body: validBody });

		for (let e = 0; e < 3; e++) {
			const bad = BAD_ENCODINGS[(r * 3 + e) % BAD_ENCODINGS.length];
			add('bad-encoding', r + e, { headers: bad.headers, body: bad.body, auth: e === 2 ? 'none' : 'valid' });
		}
		add('bad-encoding', r, { path: `${pathWith(r)}?${queryNames[0] ?? 'q'}=%ZZ&%E0%A4%A=1&x=%C0%AF`, body: validBody });

		if (route.params.length) {
			add('long-url', r, { path: pathWith(r, (_p, i) => (i === 0 ? 'L'.repeat(4_000) : 'x')), body: validBody, hostilePath: true });
		}
		add('long-url', r + 1, { path: `${pathWith(r + 1)}?${queryNames[0] ?? 'q'}=${'q'.repeat(12_000)}`, body: validBody });

		for (let t = 0; t < 2; t++) {
			const path = route.params.length
				? pathWith(r, (_p, i) => HOSTILE_SEGMENTS[(r * 2 + t + i) % HOSTILE_SEGMENTS.length])
				: `${pathWith(r)}${t === 0 ? '/../../__control/credentials' : '%2F..%2F..%2F__control%2Fcredentials'}`;
			add('path-traversal', r + t, { path, body: validBody, hostilePath: true });
		}

		// Secrets where their names say they are secret; none of them may show in any log.
		const secret = (kind: string, id: number) => `Fz${kind}Secret${slug}${id}q`;
		{
			const id = cases.length;
			const planted = [secret('Deep', id), secret('Query', id), secret('Header', id), secret('Array', id)];
			let deep: Json = { password: planted[0] };
			for (let level = 0; level < 9; level++) deep = { [`level${9 - level}`]: deep };
			add('planted-secrets', r, {
				path: `${pathWith(r)}?secret=${planted[1]}&access_token=${planted[1]}`,
				headers: { 'x-access-key': planted[2], 'content-type': 'application/json' },
				body: json({ ...(valid && typeof valid === 'object' && !Array.isArray(valid) ? valid : {}), nested: deep, items: [{ api_key: planted[3] }] }),
				planted,
			});
		}
		{
			const id = cases.length;
			const planted = [secret('Long', id), secret('Url', id), secret('Bearer', id)];
			add('planted-secrets', r + 1, {
				path: `${pathWith(r + 1)}?password=${planted[1]}&padding=${'p'.repeat(5_000)}`,
				headers: { 'x-auth': `Bearer ${planted[2]}`, 'content-type': 'application/json' },
				body: json({ password: planted[0], ...(valid && typeof valid === 'object' && !Array.isArray(valid) ? valid : {}), filler: 'f'.repeat(6_000) }),
				planted,
			});
		}
		if (hasBody(route.method)) {
			const id = cases.length;
			const planted = [secret('Form', id)];
			add('planted-secrets', r + 2, { ...multipart({ password: planted[0], client_secret: planted[0], text: 'hello' }), planted });
		}

		// Once per provider 6 MB (over every JSON limit), on every eighth route just over the 1 MB
		// ones, elsewhere 150 kB; a 1 MB upload on every fourth route that takes a body. Bounded so
		// the whole suite stays under a minute on two cores.
		const size = !bigOneSent && hasBody(route.method) ? 6_000_000 : r % 8 === 1 ? 1_100_000 : 150_000;
		if (size === 6_000_000) bigOneSent = true;
		add('huge-body', r, { body: json({ ...(valid && typeof valid === 'object' && !Array.isArray(valid) ? valid : {}), text: 'h'.repeat(size) }), auth: r % 2 ? 'none' : 'valid' });
		if (hasBody(route.method) && r % 4 === 0) {
			const upload = multipart({ caption: 'fuzz' }, { name: r % 2 ? 'media_file' : 'file', size: 1_000_000 });
			add('huge-body', r + 1, { ...upload, auth: r % 2 ? 'valid' : 'none' });
		}

		add('deep-nesting', r, { body: Buffer.from(`{"first":${deepJson(20_000, '1')}}`), headers: { 'content-type': 'application/json' } });
		add('deep-nesting', r + 1, { path: `${pathWith(r + 1)}?${queryNames[0] ?? 'q'}${'[a]'.repeat(60)}=1`, body: Buffer.from(deepJson(12, '{"password":"x"}')) });
	});

	// The provider prefix itself, escaped upwards.
	for (const [i, path] of [`/${slug}/../__control/credentials`, `/${slug}/..%2F__control%2Fcredentials`, `/${slug}/%2e%2e/%2e%2e/etc/passwd`, `/${slug}//..//..//__control`].entries()) {
		cases.push({ id: nextId(), slug, cls: 'path-traversal', method: 'GET', route: '(prefix)', path, auth: i % 2 ? 'none' : 'valid', variant: i, headers: {}, planted: [], hostilePath: true });
	}
	return cases;
}

/** The values in a /__control/credentials entry that are secrets: passwords, tokens, keys, client secrets. */
export function credentialSecrets(credentials: Record<string, unknown>): string[] {
	const found: string[] = [];
	const walk = (value: unknown, secretParent: boolean, key: string) => {
		if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, secretParent || /secret|token|key|password/i.test(k), k);
			return;
		}
		if (key === 'samples' || typeof value !== 'string' || value.length < 6 || /^https?:/.test(value)) return;
		if (secretParent || /secret|token|key|password/i.test(key)) found.push(value);
	};
	for (const [k, v] of Object.entries(credentials)) if (k !== 'samples') walk(v, false, k);
	return found;
}

/** Each provider's error body, as its mock-server/providers/<slug>/errors.ts writes it. */
const isText = (v: unknown) => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
/** Django REST Framework: {"detail": "..."} or {"field": ["message", ...]}. */
const drf = (b: unknown) => isObject(b) && (isText(b.detail) || (Object.keys(b).length > 0 && Object.values(b).every((v) => Array.isArray(v) && v.every(isText))));
export const ERROR_FORMAT: Record<string, (body: unknown, status: number) => boolean> = {
	social25: drf,
	wabbit: drf,
	parley: (b, status) => isObject(b) && ['info', 'message', 'name', 'transactionId'].every((k) => isText(b[k])) && b.status === String(status),
	mehery: (b, status) => isObject(b) && b.status === status && isText(b.message) && isText(b.statusKey) && isText(b.traceid) && Array.isArray(b.errors),
	spotler: (b) => isObject(b) && isObject(b.error) && Number.isInteger(b.error.code) && isText(b.error.message) && isText(b.traceId),
};
