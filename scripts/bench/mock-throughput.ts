/**
 * npm run bench:mock [-- --seconds 10 --connections 20]
 *
 * Sustained requests per second and p50/p99 latency of the mock's send routes, beside a bare
 * Express handler of the same route shape on the same machine, with autocannon as the load
 * generator. Each server runs in its own process; the load generator runs in this one.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

function flag(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? fallback : Number(process.argv[i + 1]);
}

const seconds = flag('seconds', 10);
const connections = flag('connections', 20);

function startServer(script: string, port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, [require.resolve('tsx/cli'), script, '--port', String(port)], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((resolveStart, reject) => {
		let out = '';
		child.stdout!.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			if (/on http:\/\//.test(out)) resolveStart(child);
		});
		child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${out}`)));
	});
}

interface Target {
	name: string;
	url: string;
	method: 'POST';
	headers: Record<string, string>;
	body: string;
}

async function load(target: Target) {
	const result = await autocannon({
		url: target.url,
		method: target.method,
		headers: { 'content-type': 'application/json', ...target.headers },
		body: target.body,
		connections,
		duration: seconds,
	});
	return {
		name: target.name,
		rps: Math.round(result.requests.average),
		p50: result.latency.p50,
		p99: result.latency.p99,
		non2xx: result.non2xx,
		errors: result.errors,
	};
}

async function main() {
	const mockPort = 4110;
	const barePort = 4111;
	const mock = await startServer('mock-server/cli.ts', mockPort);
	const bare = await startServer('scripts/bench/bare-express.ts', barePort);
	try {
		const creds = (await (await fetch(`http://127.0.0.1:${mockPort}/__control/credentials`)).json()) as Record<string, any>;
		const spotler = creds.spotler;
		// A webchat conversation: no 24-hour window, so every send is accepted and stored.
		const sendPath = `/spotler/channels/${encodeURIComponent(spotler.samples.webchatChannelJid)}/messages/${encodeURIComponent(`bench-1@${spotler.samples.webchatChannelJid.split('@')[1]}`)}`;
		const body = JSON.stringify({ message: { type: 'text', body: 'Benchmark broadcast' } });
		const targets: Target[] = [
			{ name: 'mock: Spotler send message', url: `http://127.0.0.1:${mockPort}${sendPath}`, method: 'POST', headers: { authorization: `Bearer ${spotler.credential.apiKey}` }, body },
			{ name: 'bare Express, same route shape', url: `http://127.0.0.1:${barePort}${sendPath}`, method: 'POST', headers: { authorization: 'Bearer x' }, body },
		];
		const rows = [];
		for (const target of targets) rows.push(await load(target));
		console.log(`\nbench:mock  ${seconds}s per target, ${connections} connections, Node ${process.version}, ${require('node:os').cpus().length} cores`);
		console.log('| target | req/s | p50 ms | p99 ms | non-2xx | errors |');
		console.log('|---|---|---|---|---|---|');
		for (const r of rows) console.log(`| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
		const [m, b] = rows;
		console.log(`\nThe mock serves ${Math.round((100 * m.rps) / b.rps)}% of the bare handler's throughput.`);
	} finally {
		mock.kill('SIGTERM');
		bare.kill('SIGTERM');
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
