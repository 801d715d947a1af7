import { base, en, Faker } from '@faker-js/faker';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AddressInfo } from 'node:net';

import { controlApi } from './control-api';
import { FaultInjector } from './faults';
import { RequestLog } from './request-log';
import { schemaValidator } from './schema-validator';
import type { MockProvider, ProviderFactory } from './types';
import { DEFAULT_RETRY, type RetryPolicy, WebhookDispatcher } from './webhook-dispatcher';

export interface MockServerOptions {
	/** Same seed, same data. Default 42. */
	seed?: number;
	/** 0 picks a free port. Default 4010. */
	port?: number;
	host?: string;
	/** Webhook retry policy; tests shorten the delays. */
	webhookRetry?: Partial<RetryPolicy>;
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
	close(): Promise<void>;
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
	const requests = new RequestLog();
	const webhooks = new WebhookDispatcher({ ...DEFAULT_RETRY, ...options.webhookRetry });
	const faults = new FaultInjector(seed);
	let providers: Record<string, MockProvider> = {};

	const build = () => {
		const refDate = new Date();
		providers = {};
		for (const [slug, factory] of Object.entries(options.providers)) {
			const faker = new Faker({ locale: [en, base] });
			faker.seed(seed + slugHash(slug));
			faker.setDefaultRefDate(refDate);
			providers[slug] = factory({
				slug,
				faker,
				validator: schemaValidator(slug),
				webhooks,
				baseUrl: () => `${rootUrl}/${slug}`,
				rootUrl: () => rootUrl,
			});
		}
	};
	build();

	const reset = (newSeed?: number) => {
		if (newSeed !== undefined) seed = newSeed;
		faults.reset(seed);
		requests.clear();
		webhooks.clear();
		build();
	};

	const app = express();
	app.disable('x-powered-by');
	app.set('etag', false);
	app.set('query parser', 'extended');

	app.get('/', (_req, res) => {
		res.json({
			name: 'n8n-nodes-omnichannel mock server',
			seed,
			providers: Object.values(providers).map((p) => ({
				slug: p.slug,
				title: p.title,
				baseUrl: `${rootUrl}/${p.slug}`,
				standsFor: p.realBaseUrl,
			})),
			control: `${rootUrl}/__control`,
		});
	});

	app.use('/__control', express.json({ limit: '5mb' }), controlApi({
		providers: () => providers,
		reset,
		seed: () => seed,
		faults,
		requests,
		webhooks,
		rootUrl: () => rootUrl,
	}));

	for (const slug of Object.keys(options.providers)) {
		app.use(
			`/${slug}`,
			requests.middleware(slug),
			faults.middleware(slug, () => providers[slug].sendError),
			(req: Request, res: Response, next: NextFunction) => providers[slug].router(req, res, next),
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

	const server = app.listen(options.port ?? 4010, host);
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
		close: async () => {
			webhooks.close();
			faults.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
