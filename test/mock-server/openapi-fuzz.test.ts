import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';

import { CLASSES, ERROR_FORMAT, MALFORMED_AUTH, casesFor, credentialSecrets, routesOf, type FuzzCase, type FuzzClass } from './openapi-fuzz.cases';

/**
 * Fuzzes the mock as a separate process (`npm run mock`'s cli.ts), so a crash shows as the process
 * exiting. The cases come from each provider's own OpenAPI document and seeded ids (see
 * openapi-fuzz.cases.ts), sent with and without credentials. Checks: no 5xx, the process alive
 * at the end, every 4xx in the provider's error format, hostile paths never answering with a
 * credential, and no credential or planted secret in the request log, the delivery log or the
 * process output. Every failing case is listed with its class, method, path and status.
 */

const ROOT = resolve(__dirname, '../..');
const CONCURRENCY = 6;
const ANSWER_TIMEOUT_MS = 20_000;

class MockProcess {
	url = '';
	/** Everything the process wrote after its start-up banner (which prints the demo credentials on purpose). */
	output = '';
	exit?: string;
	private child: ChildProcess;
	readonly exited: Promise<void>;

	constructor() {
		this.child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/cli.ts', '--port', '0', '--seed', '42'], {
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.exited = new Promise((done) =>
			this.child.once('exit', (code, signal) => {
				this.exit = signal ? `killed by ${signal}` : `exit code ${code}`;
				done();
			}),
		);
	}

	get dead(): boolean {
		return this.exit !== undefined;
	}

	/** Resolves once the banner is out (it ends with the Control API line). */
	async started(): Promise<this> {
		let banner = '';
		await new Promise<void>((ready, fail) => {
			const timer = setTimeout(() => fail(new Error(`mock did not start in 30 s: ${banner}`)), 30_000);
			const keep = (chunk: Buffer) => {
				if (this.url) {
					if (this.output.length < 4_000_000) this.output += chunk.toString('utf8');
					return;
				}
				banner += chunk.toString('utf8');
				const url = /mock server on (http:\/\/\S+)/.exec(banner)?.[1];
				if (url && /Control API: .*\n/.test(banner)) {
					this.url = url;
					clearTimeout(timer);
					ready();
				}
			};
			this.child.stdout!.on('data', keep);
			this.child.stderr!.on('data', (chunk: Buffer) => (this.url ? keep(chunk) : (banner += chunk.toString('utf8'))));
			void this.exited.then(() => fail(new Error(`mock exited while starting (${this.exit}): ${banner}`)));
		});
		return this;
	}

	async stop(): Promise<void> {
		if (!this.dead) this.child.kill('SIGTERM');
		await this.exited;
	}
}

interface Answer {
	status?: number;
	contentType?: string;
	text?: string;
	error?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** Raw HTTP so the path goes out exactly as written (fetch would normalise "..", "%2e%2e"). */
function send(url: string, method: string, path: string, headers: Record<string, string | string[]>, body?: Buffer): Promise<Answer> {
	const { hostname, port } = new URL(url);
	if (body) headers = { ...headers, 'content-length': String(body.length) };
	return new Promise((done) => {
		let answer: Answer | undefined;
		const req = request({ hostname, port, method, path, headers, agent, timeout: ANSWER_TIMEOUT_MS }, (res) => {
			const chunks: Buffer[] = [];
			answer = { status: res.statusCode, contentType: String(res.headers['content-type'] ?? '') };
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => done({ ...answer, text: Buffer.concat(chunks).toString('utf8') }));
			res.on('error', () => done({ ...answer, text: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('timeout', () => req.destroy(new Error(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s`)));
		// A server may answer (e.g. 413) and close before the whole body is written: the answer counts.
		req.on('error', (error) => done(answer ?? { error: (error as NodeJS.ErrnoException).code ?? error.message }));
		req.end(body);
	});
}

async function getJson(url: string, path: string): Promise<any> {
	const answer = await send(url, 'GET', path, { accept: 'application/json' });
	if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status ?? answer.error}: ${answer.text?.slice(0, 200)}`);
	return JSON.parse(answer.text!);
}

/** What each provider's credential puts on a request (the mock's own authHeaders(), from outside the process). */
async function authOf(url: string, credentials: Record<string, any>): Promise<Record<string, Record<string, string>>> {
	const { clientId, clientSecret } = credentials.parley.credential;
	const form = Buffer.from(new URLSearchParams({ client_id: clientId, client_secret: clientSecret }).toString());
	const token = await send(url, 'POST', '/parley/oauth/client_credential/accesstoken?grant_type=client_credentials', { 'content-type': 'application/x-www-form-urlencoded' }, form);
	if (token.status !== 200) throw new Error(`Parley token: ${token.status ?? token.error} ${token.text}`);
	return {
		social25: { authorization: `Bearer ${credentials.social25.credential.accessToken}` },
		parley: { authorization: `Bearer ${JSON.parse(token.text!).access_token}` },
		mehery: { 'x-api-key': credentials.mehery.credential.apiKey, 'x-api-id': credentials.mehery.credential.apiId },
		wabbit: { authorization: `Token ${credentials.wabbit.tokens.admin}` },
		spotler: { authorization: `Bearer ${credentials.spotler.credential.apiKey}` },
	};
}

function headersOf(c: FuzzCase, valid: Record<string, string>): Record<string, string | string[]> {
	const own = { 'x-fuzz-case': String(c.id), ...c.headers };
	if (c.auth === 'valid') return { ...valid, ...own };
	if (c.auth === 'malformed') return { ...MALFORMED_AUTH[c.variant % MALFORMED_AUTH.length], ...own };
	if (c.auth === 'duplicate') {
		const doubled: Record<string, string[]> = {};
		for (const [name, value] of Object.entries(valid)) {
			const wrong = value.replace(/\S+$/, 'wrong-credential');
			doubled[name] = [
				[value, wrong],
				[wrong, value],
				[value, value],
			][c.variant % 3];
		}
		return { ...doubled, ...own };
	}
	return own;
}

interface Failure {
	kind: '5xx' | 'crash' | 'format' | 'leak' | 'unlogged' | 'no-answer' | 'traversal' | 'not-sent';
	cls: FuzzClass | 'process output';
	what: string;
}

const short = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);
const describeCase = (c: FuzzCase) => `${c.method} ${short(c.path)} [${c.auth} auth]`;

describe('fuzzing the mock from its OpenAPI documents', () => {
	let mock: MockProcess;
	const failures: Failure[] = [];
	const planned: FuzzCase[] = [];
	const routeCount: Record<string, number> = {};
	const outputs: string[] = [];
	let sent = 0;
	let crashes = 0;
	let leaks = 0;
	let deliveries = 0;
	let seconds = 0;
	let aliveAtEnd = false;

	beforeAll(async () => {
		const started = Date.now();
		mock = await new MockProcess().started();
		const credentials = await getJson(mock.url, '/__control/credentials');
		const slugs = ((await getJson(mock.url, '/')).providers as Array<{ slug: string }>).map((p) => p.slug);
		let id = 0;
		for (const slug of slugs) {
			const doc = await getJson(mock.url, `/${slug}/openapi.json`);
			routeCount[slug] = routesOf(doc).length;
			planned.push(...casesFor(slug, doc, credentials[slug], () => ++id));
		}
		const secrets = new Set(Object.values(credentials as Record<string, Record<string, unknown>>).flatMap(credentialSecrets));
		let auth = await authOf(mock.url, credentials);
		for (const a of Object.values(auth.parley)) secrets.add(a.replace(/^Bearer /, ''));

		for (const cls of CLASSES) {
			const cases = planned.filter((c) => c.cls === cls);
			const answers = new Map<FuzzCase, Answer>();
			let next = 0;
			const worker = async () => {
				while (next < cases.length && !mock.dead) {
					const c = cases[next++];
					answers.set(c, await send(mock.url, c.method, c.path, headersOf(c, auth[c.slug] ?? {}), c.body));
				}
			};
			await Promise.all(Array.from({ length: CONCURRENCY }, worker));
			sent += answers.size;
			// A dying process resets connections a moment before it is seen to exit.
			if ([...answers.values()].some((a) => a.error)) await Promise.race([mock.exited, new Promise((r) => setTimeout(r, 500))]);

			for (const [c, answer] of answers) {
				if (answer.error) {
					if (!mock.dead) failures.push({ kind: 'no-answer', cls, what: `${describeCase(c)} → ${answer.error}` });
					continue;
				}
				const status = answer.status!;
				if (status >= 500) failures.push({ kind: '5xx', cls, what: `${describeCase(c)} → ${status} ${short(answer.text ?? '', 160)}` });
				if (status >= 400) {
					let body: unknown;
					try {
						body = JSON.parse(answer.text ?? '');
					} catch {
						body = undefined;
					}
					if (!/json/.test(answer.contentType ?? '') || !ERROR_FORMAT[c.slug](body, status)) {
						failures.push({ kind: 'format', cls, what: `${describeCase(c)} → ${status} ${answer.contentType} ${short(answer.text ?? '', 160)}` });
					}
				}
				if (c.hostilePath && [...secrets].some((s) => answer.text?.includes(s))) {
					failures.push({ kind: 'traversal', cls, what: `${describeCase(c)} → ${status} answered with a credential` });
				}
			}

			if (mock.dead) {
				crashes++;
				const inFlight = [...answers].filter(([, a]) => a.error).map(([c]) => describeCase(c));
				// The error's own line says more than the end of its stack.
				const lines = mock.output.trim().split('\n');
				const trace = [...lines.filter((l) => /\w*Error\b/.test(l)).slice(-2), ...lines.slice(-2)].join(' | ');
				failures.push({ kind: 'crash', cls, what: `process ${mock.exit}; requests cut off: ${inFlight.slice(0, 6).join('; ')}; last output: ${short(trace, 600)}` });
				const skipped = cases.length - answers.size;
				if (skipped) failures.push({ kind: 'not-sent', cls, what: `${skipped} of ${cases.length} cases not sent after the crash` });
				outputs.push(mock.output);
				mock = await new MockProcess().started();
				auth = await authOf(mock.url, credentials);
				for (const a of Object.values(auth.parley)) secrets.add(a.replace(/^Bearer /, ''));
				continue;
			}

			// The logs of this class, then a fresh state and empty logs for the next one.
			const byCase = new Map(cases.map((c) => [String(c.id), c]));
			const classSecrets = [...secrets, ...cases.flatMap((c) => c.planted)];
			for (const log of ['requests', 'deliveries'] as const) {
				const entries = (await getJson(mock.url, `/__control/${log}`)) as Array<Record<string, any>>;
				if (log === 'requests') {
					// The check below only sees what the log kept.
					const logged = new Set(entries.map((e) => String(e.headers?.['x-fuzz-case'])));
					const missing = [...answers.keys()].filter((c) => !logged.has(String(c.id)));
					if (missing.length) failures.push({ kind: 'unlogged', cls, what: `${missing.length} requests missing from the request log, e.g. ${describeCase(missing[0])}` });
				} else deliveries += entries.length;
				for (const entry of entries) {
					const text = JSON.stringify(entry);
					const found = classSecrets.filter((s) => text.includes(s));
					if (!found.length) continue;
					leaks += found.length;
					const origin = byCase.get(String(entry.headers?.['x-fuzz-case']));
					const where = origin ? describeCase(origin) : `${entry.method ?? entry.event} ${short(entry.path ?? entry.url ?? '')}`;
					const fields = Object.keys(entry).filter((k) => found.some((s) => JSON.stringify(entry[k] ?? '').includes(s)));
					failures.push({ kind: 'leak', cls, what: `${log} log, ${where}: ${found.map((s) => short(s, 40)).join(', ')} in ${fields.join(', ')}` });
				}
			}
			const reset = await send(mock.url, 'POST', '/__control/reset', { 'content-type': 'application/json' }, Buffer.from('{}'));
			if (reset.status !== 200) throw new Error(`reset answered ${reset.status ?? reset.error}`);
			auth = await authOf(mock.url, credentials);
			for (const a of Object.values(auth.parley)) secrets.add(a.replace(/^Bearer /, ''));
		}

		aliveAtEnd = !mock.dead && (await send(mock.url, 'GET', '/', { accept: 'application/json' })).status === 200;
		outputs.push(mock.output);
		const allSecrets = [...secrets, ...planned.flatMap((c) => c.planted)];
		for (const output of outputs) {
			for (const s of allSecrets.filter((secret) => output.includes(secret))) {
				leaks++;
				failures.push({ kind: 'leak', cls: 'process output', what: `the mock's stdout/stderr shows ${short(s, 40)}` });
			}
		}
		seconds = (Date.now() - started) / 1000;
		const count = (kind: Failure['kind']) => failures.filter((f) => f.kind === kind).length;
		console.log(
			`openapi fuzz: ${sent} requests tried (${planned.length} planned, ${CLASSES.length} classes, ${Object.values(routeCount).reduce((a, b) => a + b, 0)} routes), ` +
				`${count('5xx')} 5xx, ${crashes} crashes, ${leaks} leaks, ${count('format')} format errors, ${count('no-answer')} unanswered, ${count('traversal')} traversals; ${deliveries} webhook deliveries searched too; ${seconds.toFixed(1)} s`,
		);
	}, 180_000);

	afterAll(async () => {
		await mock?.stop();
		agent.destroy();
	});

	/** Failures of some kinds, grouped by class: a count and the first cases of each. */
	function report(...kinds: Array<Failure['kind']>): string {
		const picked = failures.filter((f) => kinds.includes(f.kind));
		if (!picked.length) return 'none';
		const groups = new Map<string, string[]>();
		for (const f of picked) groups.set(`${f.kind} / ${f.cls}`, [...(groups.get(`${f.kind} / ${f.cls}`) ?? []), f.what]);
		return [...groups]
			.map(
				([group, whats]) =>
					`${group}: ${whats.length}\n${whats
						.slice(0, 8)
						.map((w) => `    ${w}`)
						.join('\n')}${whats.length > 8 ? `\n    … and ${whats.length - 8} more` : ''}`,
			)
			.join('\n');
	}

	it('sends every class to every route of every provider, a few thousand requests in all', () => {
		for (const cls of CLASSES) {
			for (const [slug, routes] of Object.entries(routeCount)) {
				const covered = new Set(planned.filter((c) => c.cls === cls && c.slug === slug && c.route !== '(prefix)').map((c) => `${c.method} ${c.route}`));
				expect(`${cls} ${slug}: ${covered.size}`).toBe(`${cls} ${slug}: ${routes}`);
			}
		}
		expect(Object.keys(routeCount).sort()).toEqual(['mehery', 'parley', 'social25', 'spotler', 'wabbit']);
		expect(sent).toBeGreaterThan(2_000);
		expect(report('not-sent')).toBe('none');
	});

	it('never answers 5xx', () => {
		expect(report('5xx')).toBe('none');
	});

	it('never crashes, and still answers at the end', () => {
		expect(report('crash', 'no-answer')).toBe('none');
		expect(aliveAtEnd).toBe(true);
	});

	it("answers every 4xx as JSON in the provider's own error format", () => {
		expect(report('format')).toBe('none');
	});

	it('never lets a hostile path reach a credential', () => {
		expect(report('traversal')).toBe('none');
	});

	it('shows no credential and no planted secret in the request log, the delivery log or the process output', () => {
		expect(report('leak', 'unlogged')).toBe('none');
	});
});
