import { base, en, Faker } from '@faker-js/faker';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AddressInfo } from 'node:net';

import { jsonBody, parseQuery } from './body';
import { controlApi, controlGuard } from './control-api';
import { openApiDocument } from './openapi';
import { FaultInjector } from './faults';
import { DEFAULT_LIMITS, type MockLimits } from './limits';
import { RequestLog } from './request-log';
import { schemaValidator } from './schema-validator';
import type { MockProvider, ProviderFactory } from './types';
import { VariantSwitch } from './variants';
import { DEFAULT_RETRY, type RetryPolicy, WebhookDispatcher } from './webhook-dispatcher';

/** Linux caps it at net.core.somaxconn (4096 on current kernels). */
const LISTEN_BACKLOG = 4096;

export interface MockServerOptions {
	/** Same seed, same data. Default 42. */
	seed?: number;
	/** 0 picks a free port. Default 4010. */
	port?: number;
	host?: string;
	/** Webhook retry policy; tests shorten the delays. */
	webhookRetry?: Partial<RetryPolicy>;
	/** Caps on logs, issued tokens, uploads and JSON nesting (defaults in limits.ts). */
	limits?: Partial<MockLimits>;
	providers: Record<string, ProviderFactory>;
}

export interface MockServer {
	url: string;
	port: number;
	/** The live provider instances (they are replaced on reset). */
	provider(slug: string): MockProvider;
	reset(seed?: number): void;
	requests: RequestLog;
	webhooks: WebhookDispatcher;
	faults: FaultInjector;
	/** The answers played where a provider's document is silent (see variants.ts). */
	variants: VariantSwitch;
	close(): Promise<void>;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

function indexPage(list: Array<{ slug: string; title: string; baseUrl: string; openapi: string; standsFor: string }>, rootUrl: string): string {
	const rows = list
		.map((p) => `<tr><td>${escapeHtml(p.title)}</td><td><code>${escapeHtml(p.baseUrl)}</code></td><td><a href="${escapeHtml(p.openapi)}">openapi.json</a></td><td>${escapeHtml(p.standsFor)}</td></tr>`)
		.join('');
	return `<!doctype html><html><head><meta charset="utf-8"><title>Omnichannel mock server</title></head><body style="font-family:sans-serif">
<h1>n8n-nodes-omnichannel mock server</h1>
<table border="1" cellpadding="6" cellspacing="0"><tr><th>Provider</th><th>Base URL for the n8n credential</th><th>OpenAPI</th><th>Stands for</th></tr>${rows}</table>
<p>Demo credentials: <a href="${rootUrl}/__control/credentials">/__control/credentials</a> · Control API: <a href="${rootUrl}/__control">/__control</a></p>
</body></html>`;
}

function isLoopbackHost(host: string): boolean {
	return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

function resolveLimits(given: Partial<MockLimits> = {}): MockLimits {
	const limits = { ...DEFAULT_LIMITS };
	for (const [name, value] of Object.entries(given) as Array<[keyof MockLimits, number | undefined]>) {
		if (value === undefined) continue;
		if (!Object.hasOwn(DEFAULT_LIMITS, name)) throw new Error(`unknown limit "${name}"`);
		if (!Number.isInteger(value) || value < 1) throw new Error(`limit ${name} must be a whole number of at least 1`);
		limits[name] = value;
	}
	return limits;
}

function slugHash(slug: string): number {
	let h = 0;
	for (const ch of slug) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
	return h;
}

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
	const host = options.host ?? '127.0.0.1';
	let seed = options.seed ?? 42;
	let rootUrl = '';
	const limits = resolveLimits(options.limits);
	const requests = new RequestLog(limits.requestLog);
	const webhooks = new WebhookDispatcher({ ...DEFAULT_RETRY, ...options.webhookRetry }, limits.deliveryLog);
	const faults = new FaultInjector(seed);
	let providers: Record<string, MockProvider> = {};
	const variants = new VariantSwitch(() => Object.fromEntries(Object.entries(providers).map(([slug, p]) => [slug, p.variants])));

	let generation = 0;
	const build = () => {
		const refDate = new Date();
		const built = ++generation;
		// Pushes a provider started before a reset (e.g. a chain of delivery statuses) must not
		// reach receivers after it: they belong to state that no longer exists.
		const scopedWebhooks = {
			deliver: (input: Parameters<WebhookDispatcher['deliver']>[0]) => (built === generation ? webhooks.deliver(input) : webhooks.cancelled(input)),
		};
		providers = {};
		for (const [slug, factory] of Object.entries(options.providers)) {
			const faker = new Faker({ locale: [en, base] });
			faker.seed(seed + slugHash(slug));
			faker.setDefaultRefDate(refDate);
			providers[slug] = factory({
				slug,
				faker,
				validator: schemaValidator(slug),
				webhooks: scopedWebhooks,
				baseUrl: () => `${rootUrl}/${slug}`,
				rootUrl: () => rootUrl,
				limits,
				variant: (name) => variants.get(slug, name),
			});
		}
	};
	build();

	const reset = (newSeed?: number) => {
		if (newSeed !== undefined) seed = newSeed;
		faults.reset(seed);
		requests.clear();
		webhooks.clear();
		variants.clear();
		build();
	};

	const app = express();
	app.disable('x-powered-by');
	app.set('etag', false);
	// Strings and arrays of strings only: `?a[b]=1` must not hand handlers an object.
	app.set('query parser', parseQuery);

	app.get('/', (req, res) => {
		const list = Object.values(providers).map((p) => ({
			slug: p.slug,
			title: p.title,
			baseUrl: `${rootUrl}/${p.slug}`,
			openapi: `${rootUrl}/${p.slug}/openapi.json`,
			standsFor: p.realBaseUrl,
		}));
		if (req.accepts(['json', 'html']) === 'html') {
			res.type('html').send(indexPage(list, rootUrl));
			return;
		}
		res.json({ name: 'n8n-nodes-omnichannel mock server', seed, providers: list, control: `${rootUrl}/__control` });
	});

	// Before the providers' routers, so no auth is needed to read the documents.
	app.get('/:slug/openapi.json', (req, res, next) => {
		const slug = String(req.params.slug);
		if (!Object.hasOwn(providers, slug)) return next();
		const provider = providers[slug];
		res.json(openApiDocument(provider, schemaValidator(provider.slug), `${rootUrl}/${provider.slug}`));
	});

	app.use(
		'/__control',
		controlGuard(() => host),
		jsonBody({ limit: '5mb', maxDepth: () => limits.jsonDepth }),
		controlApi({
			providers: () => providers,
			reset,
			seed: () => seed,
			faults,
			requests,
			webhooks,
			variants,
			rootUrl: () => rootUrl,
		}),
	);

	for (const slug of Object.keys(options.providers)) {
		const log = requests.middleware(slug);
		const fault = faults.middleware(slug, () => providers[slug].sendError);
		app.use(
			`/${slug}`,
			// One layer for the three steps (neither the log nor the faults ever pass an error on):
			// a request to another provider tests this prefix once, not once per step.
			(req: Request, res: Response, next: NextFunction) => log(req, res, () => fault(req, res, () => providers[slug].router(req, res, next))),
			// Body-parser failures and anything a route throws still answer in the provider's format.
			(error: Error & { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
				const send = providers[slug].sendError;
				if (res.headersSent) return;
				if (error.type === 'entity.parse.failed') return send(res, 400, 'The request body is not valid JSON');
				if (error.type === 'entity.too.large') return send(res, 413, 'The request body is too large');
				if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
					return send(res, 415, 'Unsupported content encoding');
				}
				if (error.status && error.status >= 400 && error.status < 500) return send(res, error.status, error.message);
				console.error(`[mock:${slug}]`, error);
				send(res, 500, 'Internal server error');
			},
		);
	}

	app.use((_req, res) => {
		res.status(404).json({ error: 'Not found. Providers live under /<provider>/...; GET / lists them.' });
	});
	// Outside the providers and the control API (e.g. the index or an OpenAPI document): JSON, never HTML.
	app.use((error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
		if (res.headersSent) return;
		if (error.status && error.status >= 400 && error.status < 500) return void res.status(error.status).json({ error: error.message });
		console.error('[mock]', error);
		res.status(500).json({ error: 'Internal error in the mock server (see its output)' });
	});

	if (!isLoopbackHost(host)) {
		console.warn(`\n[mock] WARNING: bound to ${host}, beyond loopback. Anyone who can reach this address can read the demo credentials and reset or steer the mock.\n`);
	}

	// A backlog of pending connections as long as the system allows (Node's default is 511): a client
	// that opens thousands at once, as n8n's HTTP Request node does for thousands of items, is then
	// queued instead of finding some of its connections dropped.
	const server = app.listen(options.port ?? 4010, host, LISTEN_BACKLOG);
	// Clients (n8n's HTTP agent, fetch) keep connections alive and reuse them; Node's default of
	// 5 s closes idle ones so soon that a reuse can race the close and fail with "socket hang up".
	server.keepAliveTimeout = 65_000;
	server.headersTimeout = 66_000;
	await new Promise<void>((resolve, reject) => {
		server.once('listening', resolve);
		server.once('error', reject);
	});
	const { port } = server.address() as AddressInfo;
	rootUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

	return {
		url: rootUrl,
		port,
		provider: (slug) => providers[slug],
		reset,
		requests,
		webhooks,
		faults,
		variants,
		close: async () => {
			webhooks.close();
			faults.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
