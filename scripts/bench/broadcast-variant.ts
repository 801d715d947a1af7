/**
 * One benchmark run in a fresh process (so peak RSS is this run's own): sends a template
 * broadcast to N recipients through the real n8n engine against a running mock, prints one
 * JSON line. Called by broadcast.ts; not meant to be run by hand.
 *
 *   tsx scripts/bench/broadcast-variant.ts --variant social25-bulk --n 1000 --mock http://127.0.0.1:4120
 */
import '../../test/harness/setup-env';

import { get } from 'node:http';

import { Engine, builtInNodeTypes } from '../../test/harness';
import { VARIANTS } from './variants';

/** GET JSON on a fresh connection (a run can outlast the mock's keep-alive window). */
function getJson<T>(url: string): Promise<T> {
	return new Promise((done, fail) => {
		get(url, { agent: false }, (res) => {
			let text = '';
			res.on('data', (chunk: Buffer) => (text += chunk.toString()));
			res.on('end', () => done(JSON.parse(text) as T));
		}).on('error', fail);
	});
}

function flag(name: string): string {
	const i = process.argv.indexOf(`--${name}`);
	if (i === -1) throw new Error(`--${name} is required`);
	return process.argv[i + 1];
}

async function main() {
	const variant = VARIANTS[flag('variant')];
	if (!variant) throw new Error(`unknown variant; known: ${Object.keys(VARIANTS).join(', ')}`);
	const n = Number(flag('n'));
	const mockUrl = flag('mock');
	const credentials = await getJson<Record<string, any>>(`${mockUrl}/__control/credentials`);
	const engine = await Engine.create({ extraNodeTypes: builtInNodeTypes() });
	const plan = variant.plan({ n, mockUrl, credentials });
	for (const [type, data] of Object.entries(plan.credentials)) engine.setCredentials(type, data as never);
	const nodes = plan.nodes.map((spec, i) => engine.node(spec, [i * 220, 0]));
	const connections = Object.fromEntries(
		nodes.slice(0, -1).map((from, i) => [from.name, { main: [[{ node: nodes[i + 1].name, type: 'main' as const, index: 0 }]] }]),
	);
	const workflow = engine.workflow(nodes, connections);

	const count = async () => (await getJson<{ count: number }>(`${mockUrl}/__control/requests/count?provider=${variant.provider}`)).count;
	const before = await count();
	const started = process.hrtime.bigint();
	const result = await engine.runWorkflow(workflow, nodes[0].name, plan.items);
	const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
	const after = await count();

	const failed = result.items.filter((i) => i.error || i.json.error).length;
	console.log(
		JSON.stringify({
			variant: variant.name,
			n,
			status: result.status,
			error: result.error?.message,
			wallMs: Math.round(wallMs),
			items: result.items.length,
			failed,
			requests: after - before,
			peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
		}),
	);
	process.exit(0);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
