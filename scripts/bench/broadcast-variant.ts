/**
 * One benchmark run in a fresh process (so peak RSS is this run's own), called by broadcast.ts;
 * not meant to be run by hand. Two phases:
 *
 *   --phase prepare --out FILE   the variant's untimed set-up (e.g. Social25 conversations), in a
 *                                process of its own so that its memory does not count; writes JSON
 *   --phase run [--prepared FILE] runs the variant's workflow through the real n8n engine against
 *                                the mock and prints one JSON line: status, wall time, items,
 *                                failed items, requests made, CPU time, the load average, peak RSS, and a fingerprint of the
 *                                send requests (their paths and bodies) to compare with the baseline
 *
 *   node --import tsx scripts/bench/broadcast-variant.ts --variant spotler-node --n 1000 --mock http://127.0.0.1:PORT
 */
import '../../test/harness/setup-env';

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg } from 'node:os';
import type { INodeType, IVersionedNodeType } from 'n8n-workflow';

import { Engine, builtInNodeTypes } from '../../test/harness';
import { BenchFloor } from './floor-node';
import { VARIANTS, type MockCredentials, type Variant } from './variants';

/** GET JSON on a fresh connection (a run can outlast the mock's keep-alive window); non-2xx fails. */
function getJson<T>(url: string): Promise<T> {
	return new Promise((done, fail) => {
		get(url, { agent: false }, (res) => {
			let text = '';
			res.on('data', (chunk: Buffer) => (text += chunk.toString()));
			res.on('end', () => {
				if (!res.statusCode || res.statusCode >= 300) return fail(new Error(`GET ${url} answered ${res.statusCode}: ${text.slice(0, 200)}`));
				try {
					done(JSON.parse(text) as T);
				} catch (error) {
					fail(error);
				}
			});
		}).on('error', fail);
	});
}

/** n8n's Loop Over Items (the large-N baselines run their HTTP Request node inside it). */
function loopOverItems(): INodeType | IVersionedNodeType {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { SplitInBatches } = require('n8n-nodes-base/dist/nodes/SplitInBatches/SplitInBatches.node.js') as { SplitInBatches: new () => IVersionedNodeType };
	return new SplitInBatches();
}

function flag(name: string, fallback?: string): string {
	const i = process.argv.indexOf(`--${name}`);
	if (i === -1) {
		if (fallback !== undefined) return fallback;
		throw new Error(`--${name} is required`);
	}
	return process.argv[i + 1];
}

interface LoggedRequest {
	seq: number;
	method: string;
	path: string;
	status?: number;
	body: unknown;
}

/** JSON with sorted keys, so that two equal bodies give equal text. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'undefined';
}

/** The send requests as a set: sorted canonical {path, body}, without the fields that are random by design. */
function fingerprint(variant: Variant, sends: LoggedRequest[]): { hash: string; example: string } {
	const texts = sends.map((r) => {
		let body = r.body;
		if (body && typeof body === 'object' && !Array.isArray(body) && variant.volatileBodyFields) {
			body = Object.fromEntries(Object.entries(body).filter(([k]) => !variant.volatileBodyFields!.includes(k)));
		}
		return canonical({ path: r.path, body });
	});
	texts.sort();
	const hash = createHash('sha256');
	for (const text of texts) hash.update(text).update('\n');
	return { hash: hash.digest('hex').slice(0, 16), example: texts[0] ?? '' };
}

async function main() {
	const key = flag('variant');
	const variant = VARIANTS[key];
	if (!variant) throw new Error(`unknown variant ${key}; known: ${Object.keys(VARIANTS).join(', ')}`);
	const n = Number(flag('n'));
	const mockUrl = flag('mock');
	const phase = flag('phase', 'run');
	/** Up to this N the send requests are read back and compared with the baseline's (reading 100,000 is slow). */
	const compareUpTo = Number(flag('compare-up-to', '20000'));

	const credentials = await getJson<MockCredentials>(`${mockUrl}/__control/credentials`);
	const engine = await Engine.create({ extraNodeTypes: { ...builtInNodeTypes(), 'n8n-nodes-base.splitInBatches': loopOverItems(), 'bench.floor': new BenchFloor() } });
	for (const [type, data] of Object.entries(variant.credentials(credentials))) engine.setCredentials(type, data);

	if (phase === 'prepare') {
		const prepared = variant.prepare ? await variant.prepare({ n, mockUrl, credentials, engine }) : null;
		writeFileSync(flag('out'), JSON.stringify(prepared ?? null));
		process.exit(0);
	}

	const preparedFile = flag('prepared', '');
	const prepared = preparedFile ? JSON.parse(readFileSync(preparedFile, 'utf8')) : null;
	if (variant.prepare && !preparedFile) throw new Error(`${key} needs --prepared (run --phase prepare first)`);
	const plan = variant.plan({ n, mockUrl, credentials, engine, prepared });
	const nodes = plan.nodes.map((spec, i) => engine.node(spec, [i * 220, 0]));
	const connections = plan.connections ?? Object.fromEntries(nodes.slice(0, -1).map((from, i) => [from.name, { main: [[{ node: nodes[i + 1].name, type: 'main' as const, index: 0 }]] }]));
	const workflow = engine.workflow(nodes, connections);

	const route = variant.sendRoute(credentials);
	const count = async (filter: Record<string, string>) =>
		await getJson<{ count: number; accepted: number }>(`${mockUrl}/__control/requests/count?${new URLSearchParams({ provider: variant.provider, ...filter })}`);
	const sendFilter = { method: route.method, path: route.path };
	// The set-up's requests (if any) stay in the log: everything after the last of them is this run's.
	const earlier = await getJson<LoggedRequest[]>(`${mockUrl}/__control/requests?provider=${variant.provider}`);
	const since = earlier.reduce((max, r) => Math.max(max, r.seq), 0);
	const [totalBefore, sendsBefore] = [await count({}), await count(sendFilter)];

	const started = process.hrtime.bigint();
	const cpuBefore = process.cpuUsage();
	const result = await engine.runWorkflow(workflow, nodes[0].name, plan.items);
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	// CPU time of this process (the engine and the node; not the mock's): on a machine shared with other
	// work it says what the run itself costs, where wall time also counts the waits for a core.
	const cpu = process.cpuUsage(cpuBefore);

	const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
	const [totalAfter, sendsAfter] = [await count({}), await count(sendFilter)];
	let sent: { hash: string; example: string } | undefined;
	if (n <= compareUpTo) {
		const query = new URLSearchParams({ provider: variant.provider, ...sendFilter, since: String(since) });
		sent = fingerprint(variant, await getJson<LoggedRequest[]>(`${mockUrl}/__control/requests?${query}`));
	}

	const failed = result.items.filter((i) => i.error || i.json.error).length;
	const firstError = result.error?.message ?? result.items.find((i) => i.error || i.json.error)?.json.error;
	console.log(
		JSON.stringify({
			variant: key,
			n,
			status: result.status,
			error: firstError === undefined ? undefined : String(firstError),
			wallMs: Math.round(wallMs),
			cpuMs: Math.round((cpu.user + cpu.system) / 1000),
			loadAverage: Number(loadavg()[0].toFixed(1)),
			items: result.items.length,
			failed,
			requests: totalAfter.count - totalBefore.count,
			sends: sendsAfter.count - sendsBefore.count,
			acceptedSends: sendsAfter.accepted - sendsBefore.accepted,
			peakRssMb,
			sent,
		}),
	);
	process.exit(0);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
