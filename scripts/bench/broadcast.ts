/**
 * npm run bench [-- --n 1000,10000 --runs 3 --variants social25-bulk,spotler-per-recipient,http-request-per-recipient]
 *
 * A broadcast of N template messages through the real n8n engine against the mock, three ways
 * (see variants.ts). Every run is a fresh process against freshly reset mock state; the figures
 * are medians over the runs. It prints wall time, items/s, HTTP requests made, peak RSS, and
 * the ratio of wall time to the HTTP Request baseline. Never part of the test suite.
 */
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

import { VARIANTS } from './variants';

const ROOT = resolve(__dirname, '..', '..');
const BASELINE = 'http-request-per-recipient';

function flag(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? fallback : process.argv[i + 1];
}

const sizes = flag('n', '1000,10000').split(',').map(Number);
const runs = Number(flag('runs', '3'));
const variants = flag('variants', Object.keys(VARIANTS).join(',')).split(',');
const port = Number(flag('port', '4120'));

interface Sample {
	variant: string;
	n: number;
	status: string;
	error?: string;
	wallMs: number;
	items: number;
	failed: number;
	requests: number;
	peakRssMb: number;
}

/**
 * A control-API call on a fresh connection: between runs the parent sits idle for as long as a
 * run takes, long enough for the mock to close a kept-alive socket under a pooled client.
 */
function resetMock(mockUrl: string): Promise<void> {
	return new Promise((done, fail) => {
		const req = request(`${mockUrl}/__control/reset`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
			res.resume();
			res.on('end', () => (res.statusCode === 200 ? done() : fail(new Error(`reset answered ${res.statusCode}`))));
		});
		req.on('error', fail);
		req.end('{}');
	});
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function runOnce(variant: string, n: number, mockUrl: string): Sample {
	const child = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/bench/broadcast-variant.ts', '--variant', variant, '--n', String(n), '--mock', mockUrl], {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, N8N_LOG_LEVEL: 'silent' },
	});
	const line = child.stdout.trim().split('\n').pop() ?? '';
	try {
		return JSON.parse(line) as Sample;
	} catch {
		throw new Error(`variant ${variant} (n=${n}) printed no result:\n${child.stdout}\n${child.stderr}`);
	}
}

async function main() {
	const mock = spawn(process.execPath, [require.resolve('tsx/cli'), 'mock-server/cli.ts', '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((ready, fail) => {
		let out = '';
		mock.stdout!.on('data', (c: Buffer) => {
			out += c.toString();
			if (/on http:\/\//.test(out)) ready();
		});
		mock.once('exit', (code) => fail(new Error(`mock exited with ${code}`)));
	});
	const mockUrl = `http://127.0.0.1:${port}`;
	try {
		const table: string[] = [];
		for (const n of sizes) {
			const medians: Record<string, Sample & { itemsPerSecond: number }> = {};
			for (const variant of variants) {
				if (!VARIANTS[variant]) throw new Error(`unknown variant ${variant}`);
				const samples: Sample[] = [];
				for (let r = 0; r < runs; r++) {
					await resetMock(mockUrl);
					const sample = runOnce(variant, n, mockUrl);
					if (sample.status !== 'success' || sample.failed > 0) console.error(`  note: ${variant} n=${n}: status ${sample.status}, ${sample.failed} failed items ${sample.error ?? ''}`);
					samples.push(sample);
					process.stderr.write(`  ${variant} n=${n} run ${r + 1}/${runs}: ${sample.wallMs} ms, ${sample.requests} requests\n`);
				}
				const wallMs = median(samples.map((s) => s.wallMs));
				medians[variant] = {
					...samples[0],
					wallMs,
					requests: median(samples.map((s) => s.requests)),
					peakRssMb: median(samples.map((s) => s.peakRssMb)),
					failed: median(samples.map((s) => s.failed)),
					itemsPerSecond: Math.round((n * 1000) / wallMs),
				};
			}
			for (const variant of variants) {
				const m = medians[variant];
				const base = medians[BASELINE];
				const ratio = base ? (m.wallMs / base.wallMs).toFixed(2) : 'n/a';
				table.push(`| ${n} | ${VARIANTS[variant].name} | ${Math.round(m.wallMs)} | ${m.itemsPerSecond} | ${m.requests} | ${m.peakRssMb} | ${ratio} | ${m.failed} |`);
			}
		}
		const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
		console.log(`\nbench: broadcast of N template messages, median of ${runs} runs; Node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, commit ${git}`);
		console.log('| N | variant | wall ms | items/s | HTTP requests | peak RSS MB | wall time vs (c) | failed items |');
		console.log('|---|---|---|---|---|---|---|---|');
		for (const row of table) console.log(row);
	} finally {
		mock.kill('SIGTERM');
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
