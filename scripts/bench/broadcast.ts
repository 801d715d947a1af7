/**
 * npm run bench [-- --n 1000,10000 --runs 3 --variants spotler-node,social25-bulk --heap-mb 8192]
 *
 * Sends one message to each of N recipients through the real n8n engine against the mock: every
 * provider's per-recipient send through this package's node, each beside n8n's HTTP Request node
 * posting the same bodies to the same route (variants.ts), plus Social25's bulk broadcast. Every
 * run is a fresh process against a freshly reset mock on a port chosen at run time, the runs of
 * all rows interleaved (each row once, then each again) so that the machine's drift falls on a row
 * and its baseline alike; the figures are medians over the runs. A row is valid only when every run of it succeeded with no failed
 * item, made exactly the requests it should (counted by the mock), had every send answered 2xx,
 * and sent the same requests as its baseline; otherwise it shows "invalid: <why>" instead of a
 * ratio and the bench exits non-zero. The requests are compared up to N = 20,000 (reading more
 * back from the mock is slow). Never part of the test suite.
 *
 * The 100,000-recipient rows: `-- --n 100000 --runs 1 --variants social25-bulk,spotler-node`
 * (the baseline a row is compared with is added by itself; above 10,000 items it runs its HTTP
 * Request node inside Loop Over Items, see variants.ts). Runs of 50,000 items and more get a
 * larger heap (--heap-mb, default 8192 there). OMNICHANNEL_PACKAGE_DIR picks the built package.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

import { VARIANTS } from './variants';

const ROOT = resolve(__dirname, '..', '..');

function flag(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? fallback : process.argv[i + 1];
}

const sizes = flag('n', '1000,10000')
	.split(',')
	.map((s) => Number(s.replace(/_/g, '')));
const runs = Number(flag('runs', '3'));
const heapMbFlag = flag('heap-mb', '');
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
	console.error('--n takes whole numbers (comma-separated), --runs a whole number');
	process.exit(2);
}

/** The chosen variants, each followed by the baseline its ratio needs (added when not chosen). */
function chosenVariants(): string[] {
	const asked = flag('variants', Object.keys(VARIANTS).join(',')).split(',').filter(Boolean);
	const unknown = asked.filter((v) => !VARIANTS[v]);
	if (unknown.length) {
		console.error(`unknown variant(s) ${unknown.join(', ')}; known: ${Object.keys(VARIANTS).join(', ')}`);
		process.exit(2);
	}
	const out: string[] = [];
	for (const v of asked) {
		if (!out.includes(v)) out.push(v);
		const base = VARIANTS[v].baseline;
		if (base && !asked.includes(base) && !out.includes(base)) {
			console.error(`note: adding ${base}, the baseline of ${v}`);
			out.push(base);
		}
	}
	return out;
}
const variants = chosenVariants();

interface Sample {
	variant: string;
	n: number;
	status: string;
	error?: string;
	wallMs: number;
	/** CPU time of the run's own process (engine and node, not the mock). */
	cpuMs: number;
	/** The machine's 1-minute load average when the run ended. */
	loadAverage: number;
	items: number;
	failed: number;
	requests: number;
	sends: number;
	acceptedSends: number;
	peakRssMb: number;
	sent?: { hash: string; example: string };
}

/** A control-API call on a fresh connection (the parent idles as long as a run takes, past the mock's keep-alive). */
function control(mockUrl: string, method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
	return new Promise((done, fail) => {
		const req = request(`${mockUrl}${path}`, { method, agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
			let text = '';
			res.on('data', (c: Buffer) => (text += c.toString()));
			res.on('end', () => done({ status: res.statusCode ?? 0, text }));
		});
		req.on('error', fail);
		req.end(body);
	});
}

async function resetMock(mockUrl: string): Promise<void> {
	const { status, text } = await control(mockUrl, 'POST', '/__control/reset', '{}');
	if (status !== 200) throw new Error(`the mock's reset answered ${status}: ${text}`);
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Node flags for a child: tsx as a loader in the same process (its RSS is the run's), and the heap. */
function nodeArgs(n: number): string[] {
	const heapMb = heapMbFlag ? Number(heapMbFlag) : n >= 50_000 ? 8192 : 0;
	return [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), '--import', 'tsx'];
}

function runChild(args: string[], n: number, what: string): string {
	const child = spawnSync(process.execPath, [...nodeArgs(n), 'scripts/bench/broadcast-variant.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		// OMNICHANNEL_PACKAGE_DIR and the rest pass through.
		env: { ...process.env, N8N_LOG_LEVEL: 'silent' },
	});
	if (child.status !== 0) throw new Error(`${what} exited with ${child.status ?? child.signal}:\n${child.stdout}\n${child.stderr}`);
	return child.stdout;
}

function runOnce(variant: string, n: number, mockUrl: string, scratch: string): Sample {
	const common = ['--variant', variant, '--n', String(n), '--mock', mockUrl];
	const extra: string[] = [];
	if (VARIANTS[variant].prepare) {
		const file = join(scratch, `${variant}-${n}.json`);
		runChild([...common, '--phase', 'prepare', '--out', file], n, `set-up of ${variant} (n=${n})`);
		extra.push('--prepared', file);
	}
	const stdout = runChild([...common, ...extra], n, `${variant} (n=${n})`);
	const line = stdout.trim().split('\n').pop() ?? '';
	try {
		return JSON.parse(line) as Sample;
	} catch {
		throw new Error(`${variant} (n=${n}) printed no result:\n${stdout}`);
	}
}

/** Why a run does not count, or undefined when it does. */
function problemOf(variant: string, s: Sample): string | undefined {
	const want = VARIANTS[variant].expected(s.n);
	if (s.status !== 'success') return `run ended with status ${s.status}${s.error ? ` (${s.error})` : ''}`;
	if (s.failed > 0) return `${s.failed} failed items${s.error ? ` (first: ${s.error})` : ''}`;
	if (s.items !== want.items) return `${s.items} output items, expected ${want.items}`;
	if (s.sends !== want.sends) return `${s.sends} send requests, expected ${want.sends}`;
	if (s.acceptedSends !== s.sends) return `${s.sends - s.acceptedSends} send requests not answered 2xx/3xx`;
	const { min, max } = typeof want.requests === 'number' ? { min: want.requests, max: want.requests } : want.requests;
	if (s.requests < min || s.requests > max) return `${s.requests} HTTP requests, expected ${min === max ? min : `${min} to ${max}`}`;
	return undefined;
}

/**
 * The mock in its own process on a port the OS picks. Ready only when it printed the address it
 * actually bound; a failed listen ends the process, and that fails the bench. Its output goes to a
 * file: this process blocks while a run goes on, and a pipe nobody reads would stall the mock.
 */
async function startMock(maxRequests: number, scratch: string): Promise<{ child: ChildProcess; url: string }> {
	const logFile = join(scratch, 'mock.log');
	const log = openSync(logFile, 'w');
	const child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/cli.ts', '--port', '0', '--max-requests', String(maxRequests)], {
		cwd: ROOT,
		stdio: ['ignore', log, log],
	});
	closeSync(log);
	const output = () => readFileSync(logFile, 'utf8');
	let exited: string | undefined;
	child.once('exit', (code, signal) => (exited = String(code ?? signal)));
	let url: string | undefined;
	for (const started = Date.now(); !url; await new Promise((r) => setTimeout(r, 100))) {
		const match = /Omnichannel mock server on (http:\/\/127\.0\.0\.1:(\d+))\b/.exec(output());
		if (match && Number(match[2]) > 0) url = match[1];
		else if (exited !== undefined) throw new Error(`the mock exited (${exited}) before listening:\n${output()}`);
		else if (Date.now() - started > 60_000) {
			child.kill('SIGTERM');
			throw new Error(`the mock did not report its address within 60 s:\n${output()}`);
		}
	}
	// The address answers as the mock: its control API lists all five providers, on that port.
	const { status, text } = await control(url, 'GET', '/__control/credentials');
	const credentials = status === 200 ? (JSON.parse(text) as Record<string, { credential?: { baseUrl?: string } }>) : {};
	for (const slug of ['spotler', 'social25', 'mehery', 'parley', 'wabbit']) {
		if (!credentials[slug]?.credential?.baseUrl?.startsWith(`${url}/`)) {
			child.kill('SIGTERM');
			throw new Error(`${url} does not answer as the mock (GET /__control/credentials: ${status}, ${slug} missing or on another address)`);
		}
	}
	return { child, url };
}

async function main() {
	// Every request of the largest run stays in the mock's log (counted and compared afterwards).
	const maxN = Math.max(...sizes);
	const scratch = mkdtempSync(join(tmpdir(), 'omnichannel-bench-'));
	process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
	const mock = await startMock(3 * maxN + 10_000, scratch);
	const stopMock = () => {
		if (mock.child.exitCode === null && mock.child.signalCode === null) mock.child.kill('SIGTERM');
	};
	process.once('exit', stopMock);
	process.once('SIGINT', () => process.exit(130));
	process.once('SIGTERM', () => process.exit(143));
	console.error(`mock on ${mock.url}`);
	let invalidRows = 0;
	try {
		const table: string[] = [];
		for (const n of sizes) {
			const rows: Record<string, Sample & { problem?: string }> = {};
			const samplesOf: Record<string, Sample[]> = Object.fromEntries(variants.map((variant) => [variant, []]));
			const problemsOf: Record<string, string[]> = Object.fromEntries(variants.map((variant) => [variant, []]));
			// Runs are interleaved (every variant once, then every variant again): a shared machine that
			// slows down or speeds up during the bench then weighs on a row and its baseline alike.
			for (let r = 0; r < runs; r++) {
				for (const variant of variants) {
					await resetMock(mock.url);
					const sample = runOnce(variant, n, mock.url, scratch);
					const problem = problemOf(variant, sample);
					if (problem) problemsOf[variant].push(problem);
					samplesOf[variant].push(sample);
					process.stderr.write(
						`  ${variant} n=${n} run ${r + 1}/${runs}: ${sample.wallMs} ms (CPU ${sample.cpuMs} ms, load ${sample.loadAverage}), ${sample.requests} requests (${sample.sends} sends), ${sample.peakRssMb} MB${problem ? `; INVALID: ${problem}` : ''}\n`,
					);
				}
			}
			for (const variant of variants) {
				const samples = samplesOf[variant];
				const wallMs = median(samples.map((s) => s.wallMs));
				const hashes = new Set(samples.map((s) => s.sent?.hash));
				rows[variant] = {
					...samples[0],
					wallMs,
					cpuMs: median(samples.map((s) => s.cpuMs)),
					loadAverage: median(samples.map((s) => s.loadAverage)),
					requests: median(samples.map((s) => s.requests)),
					peakRssMb: median(samples.map((s) => s.peakRssMb)),
					failed: Math.max(...samples.map((s) => s.failed)),
					problem: problemsOf[variant][0] ?? (hashes.size > 1 ? 'runs sent different requests' : undefined),
				};
			}
			for (const variant of variants) {
				const row = rows[variant];
				const spec = VARIANTS[variant];
				const base = spec.baseline ? rows[spec.baseline] : row;
				let problem = row.problem;
				if (!problem && base.problem) problem = `its baseline (${spec.baseline}) is invalid: ${base.problem}`;
				if (!problem && spec.baseline && spec.sameRequestsAsBaseline !== false && row.sent && base.sent && row.sent.hash !== base.sent.hash) {
					problem = `sent other requests than ${spec.baseline}; e.g. ${row.sent.example} vs ${base.sent.example}`;
				}
				const compared = spec.baseline && spec.sameRequestsAsBaseline !== false && !row.sent ? ' (requests not compared above this N)' : '';
				let ratio: string;
				let cpuRatio = spec.baseline ? '' : '1.00';
				if (problem) {
					ratio = `invalid: ${problem.replace(/\|/g, '\\|').replace(/\s+/g, ' ')}`;
					invalidRows++;
				} else {
					ratio = spec.baseline ? `${(row.wallMs / base.wallMs).toFixed(2)} vs ${spec.baseline}${compared}` : '1.00 (baseline)';
					if (spec.baseline) cpuRatio = (row.cpuMs / base.cpuMs).toFixed(2);
				}
				const itemsPerSecond = Math.round((n * 1000) / row.wallMs);
				const name = typeof spec.name === 'function' ? spec.name(n) : spec.name;
				table.push(
					`| ${n.toLocaleString('en-US')} | ${name} (\`${variant}\`) | ${Math.round(row.wallMs)} | ${itemsPerSecond} | ${row.requests} | ${row.peakRssMb} | ${ratio} | ${Math.round(row.cpuMs)} | ${cpuRatio} | ${row.loadAverage} | ${row.failed} |`,
				);
			}
		}
		const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
		const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() ? ' (with uncommitted changes)' : '';
		const cpu = cpus();
		console.log(
			`\nbench: one message to each of N recipients, median of ${runs} run(s); ${cpu.length} cores (${cpu[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, commit ${git}${dirty}, package ${process.env.OMNICHANNEL_PACKAGE_DIR ?? 'dist/'}`,
		);
		console.log('| N | variant | wall ms | items/s | HTTP requests | peak RSS MB | wall time vs its HTTP Request row | CPU ms | CPU vs that row | load average | failed items |');
		console.log('|---|---|---|---|---|---|---|---|---|---|---|');
		for (const row of table) console.log(row);
		if (invalidRows) {
			console.error(`\n${invalidRows} row(s) invalid: no ratio for them (see the table).`);
			process.exitCode = 1;
		}
	} finally {
		stopMock();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
