import { request } from 'node:http';

import { startMock, type MockClient } from '../harness';

/** Raw HTTP, so paths reach the server exactly as written (fetch would normalise "..", "%2e%2e"). */
function send(url: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
	const { hostname, port } = new URL(url);
	// Node sends DELETE bodies without framing unless told the length.
	if (body !== undefined) headers = { ...headers, 'content-length': String(Buffer.byteLength(body)) };
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, method, path, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('error', reject);
		if (body !== undefined) req.write(body);
		req.end();
	});
}

/**
 * Sends a few thousand malformed requests across every route of all five providers: wrong
 * types, missing fields, huge strings, bad JSON, wrong content types, unknown ids, path
 * traversal, bad auth. The mock must never crash, never answer 5xx (no faults are injected
 * here), and always answer errors in the provider's own format.
 */

type Check = (body: any) => boolean;
const isString = (v: unknown) => typeof v === 'string';
const ERROR_FORMAT: Record<string, Check> = {
	spotler: (b) => Number.isInteger(b?.error?.code) && isString(b?.error?.message) && isString(b?.traceId),
	social25: (b) => isString(b?.detail) || (b && typeof b === 'object' && !Array.isArray(b) && Object.values(b).every((v) => Array.isArray(v) || isString(v))),
	wabbit: (b) => isString(b?.detail) || (b && typeof b === 'object' && !Array.isArray(b) && Object.values(b).every((v) => Array.isArray(v) || isString(v))),
	parley: (b) => ['info', 'message', 'name', 'status', 'transactionId'].every((k) => isString(b?.[k])),
	mehery: (b) => Number.isInteger(b?.status) && isString(b?.message),
};

/** A small seeded generator so every run sends the same requests. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PATH_VALUES = ['does-not-exist', '..%2F..%2Fetc%2Fpasswd', '%2e%2e', 'x'.repeat(2_000), '%00', '%F0%9F%92%A5', '0', '-1', '9'.repeat(40), 'a%40b', '%ZZ'];
const BODIES: Array<{ contentType: string; body: string }> = [
	{ contentType: 'application/json', body: '{"unterminated": ' },
	{ contentType: 'application/json', body: 'null' },
	{ contentType: 'application/json', body: '42' },
	{ contentType: 'application/json', body: '"a string"' },
	{ contentType: 'application/json', body: '[1, 2, 3]' },
	{ contentType: 'application/json', body: '{}' },
	{ contentType: 'application/json', body: JSON.stringify({ message: { type: 'text', body: 'x'.repeat(200_000) } }) },
	{ contentType: 'application/json', body: JSON.stringify({ a: { b: { c: { d: [null, true, -1e308, { e: [] }] } } }, type: 123, body: false, id: [] }) },
	{ contentType: 'text/plain', body: 'hello' },
	{ contentType: 'application/x-www-form-urlencoded', body: 'a=1&b[c]=2&&=&%ZZ' },
	{ contentType: 'multipart/form-data; boundary=xyz', body: '--xyz\r\nContent-Disposition: form-data; name="f"\r\n\r\nbroken' },
	{ contentType: 'application/xml', body: '<a><b/></a>' },
];

describe('fuzzing the mock server', () => {
	let mock: MockClient;
	let auth: Record<string, Record<string, string>>;

	beforeAll(async () => {
		mock = await startMock();
		auth = {};
		for (const slug of Object.keys(ERROR_FORMAT)) auth[slug] = mock.server.provider(slug).authHeaders?.() ?? {};
	});
	afterAll(() => mock.close());

	it.each(Object.keys(ERROR_FORMAT))('%s: malformed requests never crash it, never 5xx, errors in its own format', async (slug) => {
		const next = random(slug.length * 7919);
		const { body: doc } = await mock.json('GET', `/${slug}/openapi.json`);
		const routes: Array<{ method: string; path: string }> = [];
		for (const [path, methods] of Object.entries(doc.paths as Record<string, object>)) for (const method of Object.keys(methods)) routes.push({ method: method.toUpperCase(), path });
		// Unknown routes too, and traversal attempts on the prefix itself.
		routes.push({ method: 'GET', path: '/../../__control/credentials' }, { method: 'DELETE', path: '/{id}' }, { method: 'PUT', path: '/x/{id}/y' });

		const failures: string[] = [];
		let sent = 0;
		for (const route of routes) {
			for (let variant = 0; variant < 24; variant++) {
				const path = route.path.replace(/\{\w+\}/g, () => PATH_VALUES[Math.floor(next() * PATH_VALUES.length)]);
				const withAuth = variant % 6 !== 0; // every sixth request has no credentials at all
				const badAuth = variant % 6 === 1;
				const headers: Record<string, string> = withAuth ? { ...auth[slug] } : {};
				if (badAuth) for (const key of Object.keys(headers)) headers[key] = 'Bearer wrong-and-unknown';
				const payload = BODIES[Math.floor(next() * BODIES.length)];
				const hasBody = route.method !== 'GET' && route.method !== 'DELETE' ? true : next() < 0.2;
				if (hasBody) headers['content-type'] = payload.contentType;
				let response: { status: number; text: string };
				try {
					response = await send(mock.url, route.method, `/${slug}${path}`, headers, hasBody ? payload.body : undefined);
				} catch (error) {
					failures.push(`${route.method} ${path}: request failed: ${(error as Error).message}`);
					continue;
				}
				sent++;
				const { text } = response;
				if (response.status >= 500) failures.push(`${route.method} ${path} (${payload.contentType}) → ${response.status} ${text.slice(0, 200)}`);
				if (response.status >= 400) {
					let parsed: unknown;
					try {
						parsed = JSON.parse(text);
					} catch {
						parsed = undefined;
					}
					if (!ERROR_FORMAT[slug](parsed)) failures.push(`${route.method} ${path} → ${response.status} not in ${slug} error format: ${text.slice(0, 200)}`);
				}
			}
		}
		expect(failures.slice(0, 10)).toEqual([]);
		expect(sent).toBeGreaterThanOrEqual(routes.length * 24);
		// Still alive and answering.
		expect((await mock.json('GET', '/')).status).toBe(200);
	});
});
