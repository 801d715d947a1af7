/**
 * npm run mock [-- --port 4010 --seed 42 --host 127.0.0.1]
 * The port can also come from MOCK_PORT (the flag wins).
 */
import { createMockServer } from './index';

function flag(name: string): string | undefined {
	const args = process.argv.slice(2);
	const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (i === -1) return undefined;
	return args[i].includes('=') ? args[i].split('=').slice(1).join('=') : args[i + 1];
}

function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
	if (raw === undefined || raw === '') return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 0) {
		console.error(`${name} must be a whole number, got "${raw}"`);
		process.exit(2);
	}
	return n;
}

async function main() {
	const port = wholeNumber('--port', flag('port') ?? process.env.MOCK_PORT, 4010);
	const seed = wholeNumber('--seed', flag('seed') ?? process.env.MOCK_SEED, 42);
	const host = flag('host') ?? process.env.MOCK_HOST ?? '127.0.0.1';
	const server = await createMockServer({ port, seed, host });
	const credentials = (await (await fetch(`${server.url}/__control/credentials`)).json()) as Record<string, unknown>;

	console.log(`Omnichannel mock server on ${server.url} (seed ${seed})\n`);
	for (const slug of Object.keys(credentials)) {
		const p = server.provider(slug);
		console.log(`  ${p.title.padEnd(34)} ${server.url}/${slug}   (stands for ${p.realBaseUrl})`);
	}
	console.log('\nDemo credentials (type these into the n8n credential; GET /__control/credentials has them as JSON):');
	console.log(JSON.stringify(credentials, null, 2));
	console.log(`\nControl API: ${server.url}/__control   Ctrl-C stops the server.`);

	const stop = async () => {
		await server.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
