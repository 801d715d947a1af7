/**
 * npm run mock [-- --port 4010 --seed 42 --host 127.0.0.1]
 * The port can also come from MOCK_PORT (the flag wins). Caps (defaults in core/limits.ts):
 * --max-requests / MOCK_MAX_REQUESTS (request log), --max-deliveries / MOCK_MAX_DELIVERIES,
 * --max-tokens / MOCK_MAX_TOKENS (issued OAuth tokens), --max-uploads / MOCK_MAX_UPLOADS,
 * --max-json-depth / MOCK_MAX_JSON_DEPTH.
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
	const cap = (name: string, env: string) => {
		const value = wholeNumber(`--${name}`, flag(name) ?? process.env[env], 0);
		return value === 0 ? undefined : value;
	};
	const limits = {
		requestLog: cap('max-requests', 'MOCK_MAX_REQUESTS'),
		deliveryLog: cap('max-deliveries', 'MOCK_MAX_DELIVERIES'),
		issuedTokens: cap('max-tokens', 'MOCK_MAX_TOKENS'),
		uploads: cap('max-uploads', 'MOCK_MAX_UPLOADS'),
		jsonDepth: cap('max-json-depth', 'MOCK_MAX_JSON_DEPTH'),
	};
	const server = await createMockServer({ port, seed, host, limits });
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
