/**
 * npm run bench:mock [-- --seconds 10 --connections 20]
 *
 * Sustained requests per second and p50/p99 latency of the mock's Spotler send route, beside a
 * bare Express handler of the same route shape on the same machine, with autocannon as the load
 * generator. Each server runs in its own process on a port the OS picks; the load generator runs
 * in this one. Before a target is timed, one request must answer 2xx from the expected server
 * (the mock logs it in its request log; the bare handler names itself in a header), and a target
 * whose load got a non-2xx answer or an error gets no percentage: the bench exits non-zero.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';

import type { MockCredentials } from './variants';

const ROOT = resolve(__dirname, '..', '..');

function flag(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? fallback : Number(process.argv[i + 1]);
}

const seconds = flag('seconds', 10);
const connections = flag('connections', 20);

interface Server {
	child: ChildProcess;
	url: string;
}

/**
 * Starts `script` with --port 0 and waits for the address it prints after a successful listen
 * (`pattern`'s first group). A server that exits first, or prints nothing in 60 s, fails the bench.
 */
function startServer(script: string, pattern: RegExp): Promise<Server> {
	const child = spawn(process.execPath, ['--import', 'tsx', script, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
	return new Promise((ready, fail) => {
		let out = '';
		const timer = setTimeout(() => {
			child.kill('SIGTERM');
			fail(new Error(`${script} printed no address within 60 s:\n${out}`));
		}, 60_000);
		const take = (chunk: Buffer) => {
			out += chunk.toString();
			const match = pattern.exec(out);
			if (match && Number(new URL(match[1]).port) > 0) {
				clearTimeout(timer);
				ready({ child, url: match[1] });
			}
		};
		child.stdout!.on('data', take);
		child.stderr!.on('data', take);
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			fail(new Error(`${script} exited (${code ?? signal}) before listening:\n${out}`));
		});
	});
}

interface Target {
	name: string;
	url: string;
	headers: Record<string, string>;
	body: string;
	/** Throws unless one request answers 2xx from the expected server. */
	probe: () => Promise<void>;
}

async function post(target: Pick<Target, 'url' | 'headers' | 'body'>): Promise<Response> {
	return await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close', ...target.headers }, body: target.body });
}

async function load(target: Target) {
	const result = await autocannon({
		url: target.url,
		method: 'POST',
		headers: { 'content-type': 'application/json', ...target.headers },
		body: target.body,
		connections,
		duration: seconds,
	});
	const non2xx = result.non2xx;
	const errors = result.errors + result.timeouts;
	return {
		name: target.name,
		rps: Math.round(result.requests.average),
		p50: result.latency.p50,
		p99: result.latency.p99,
		non2xx,
		errors,
		problem: non2xx || errors ? `${non2xx} non-2xx answers, ${errors} errors/timeouts` : result.requests.total === 0 ? 'no request answered' : undefined,
	};
}

async function main() {
	const servers: Server[] = [];
	const stop = () => {
		for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGTERM');
	};
	process.once('exit', stop);
	process.once('SIGINT', () => process.exit(130));
	try {
		const mock = await startServer('mock-server/cli.ts', /Omnichannel mock server on (http:\/\/127\.0\.0\.1:\d+)/);
		servers.push(mock);
		const bare = await startServer('scripts/bench/bare-express.ts', /bare express on (http:\/\/127\.0\.0\.1:\d+)/);
		servers.push(bare);
		if (mock.url === bare.url) throw new Error(`both servers report ${mock.url}`);

		const credentialsAnswer = await fetch(`${mock.url}/__control/credentials`, { headers: { connection: 'close' } });
		if (!credentialsAnswer.ok) throw new Error(`${mock.url}/__control/credentials answered ${credentialsAnswer.status}: not the mock`);
		const spotler = ((await credentialsAnswer.json()) as MockCredentials).spotler;
		if (!spotler?.credential?.baseUrl?.startsWith(`${mock.url}/`)) throw new Error(`${mock.url} does not answer as the mock (its Spotler credential points elsewhere)`);
		// A webchat conversation: no 24-hour window, so every send is accepted and stored.
		const sendPath = `/spotler/channels/${encodeURIComponent(spotler.samples.webchatChannelJid)}/messages/${encodeURIComponent(`bench-1@${spotler.samples.webchatChannelJid.split('@')[1]}`)}`;
		const body = JSON.stringify({ message: { type: 'text', body: 'Benchmark broadcast' } });
		const mockCount = async () =>
			(await (await fetch(`${mock.url}/__control/requests/count?provider=spotler&method=POST`, { headers: { connection: 'close' } })).json()) as { count: number; accepted: number };

		const targets: Target[] = [
			{
				name: 'mock: Spotler send message',
				url: `${mock.url}${sendPath}`,
				headers: { authorization: `Bearer ${spotler.credential.apiKey}` },
				body,
				async probe() {
					const before = await mockCount();
					const answer = await post(this);
					await answer.arrayBuffer();
					const after = await mockCount();
					if (answer.status < 200 || answer.status > 299) throw new Error(`the mock's send route answered ${answer.status}`);
					// The mock logged exactly this request, and accepted it: the answer came from it.
					if (after.count !== before.count + 1 || after.accepted !== before.accepted + 1) throw new Error(`the answer on ${this.url} did not come from the mock (its request log did not record it)`);
				},
			},
			{
				name: 'bare Express, same route shape',
				url: `${bare.url}${sendPath}`,
				headers: { authorization: 'Bearer x' },
				body,
				async probe() {
					const before = await mockCount();
					const answer = await post(this);
					await answer.arrayBuffer();
					if (answer.status < 200 || answer.status > 299) throw new Error(`the bare handler answered ${answer.status}`);
					if (answer.headers.get('x-bench-server') !== 'bare-express') throw new Error(`the answer on ${this.url} did not come from the bare handler`);
					if ((await mockCount()).count !== before.count) throw new Error(`a request to ${this.url} reached the mock`);
				},
			},
		];
		for (const target of targets) await target.probe();

		const rows = [];
		for (const target of targets) rows.push(await load(target));
		console.log(`\nbench:mock  ${seconds}s per target, ${connections} connections, Node ${process.version}, ${cpus().length} cores; mock ${mock.url}, bare ${bare.url}`);
		console.log('| target | req/s | p50 ms | p99 ms | non-2xx | errors |');
		console.log('|---|---|---|---|---|---|');
		for (const r of rows) console.log(`| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
		const [m, b] = rows;
		const invalid = rows.filter((r) => r.problem);
		if (invalid.length) {
			console.log(`\ninvalid: ${invalid.map((r) => `${r.name}: ${r.problem}`).join('; ')}. No ratio.`);
			process.exitCode = 1;
		} else {
			console.log(`\nThe mock serves ${Math.round((100 * m.rps) / b.rps)}% of the bare handler's throughput.`);
		}
	} finally {
		stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
