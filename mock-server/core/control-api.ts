import { Router, type Request, type Response } from 'express';

import type { FaultInjector } from './faults';
import type { RequestLog } from './request-log';
import type { MockProvider } from './types';
import type { VariantSwitch } from './variants';
import type { WebhookDispatcher } from './webhook-dispatcher';

export interface ControlDeps {
	providers: () => Record<string, MockProvider>;
	reset: (seed?: number) => void;
	seed: () => number;
	faults: FaultInjector;
	requests: RequestLog;
	webhooks: WebhookDispatcher;
	variants: VariantSwitch;
	rootUrl: () => string;
}

function fail(res: Response, status: number, message: string) {
	res.status(status).json({ error: message });
}

/**
 * The mock's own API, under /__control. Not part of any provider: it resets state, simulates
 * what providers push, injects faults and exposes the logs and credentials.
 */
export function controlApi(deps: ControlDeps): Router {
	const router = Router();

	router.get('/', (_req, res) => {
		res.json({
			endpoints: {
				'POST /__control/reset': 'Reset every provider to freshly seeded data; body {"seed": n} to change the seed.',
				'GET /__control/credentials': 'What to type into each n8n credential to use the mock, plus sample ids.',
				'GET /__control/requests': 'Request log (query: provider, method, path, since).',
				'GET /__control/requests/count': 'How many requests match (and how many got a 2xx/3xx answer).',
				'DELETE /__control/requests': 'Clear the request log.',
				'GET /__control/deliveries': 'Webhook delivery log (query: provider, event; wait=1 waits for retries to finish).',
				'POST /__control/faults': 'Inject a fault: {provider, method, path, latencyMs, status, retryAfter, count, ratio, message}.',
				'GET /__control/faults': 'List active faults.',
				'DELETE /__control/faults[/:id]': 'Remove one or every fault.',
				'GET /__control/variants': "Every provider's open questions (where its document is silent), the answers the mock can play, and the one in play.",
				'PUT /__control/:provider/variants': 'Choose answers: {"<variant>": "<answer>", ...}. A reset restores the defaults.',
				'POST /__control/:provider/simulate/:kind': 'Make a provider push something (e.g. an inbound message).',
				'GET /__control/:provider/state': "A provider's state as JSON.",
			},
		});
	});

	router.post('/reset', (req, res) => {
		const seed = req.body?.seed;
		if (seed !== undefined && !Number.isInteger(seed)) return fail(res, 400, 'seed must be a whole number');
		deps.reset(seed);
		res.json({ ok: true, seed: deps.seed() });
	});

	router.get('/credentials', (_req, res) => {
		const out: Record<string, unknown> = {};
		for (const [slug, provider] of Object.entries(deps.providers())) out[slug] = provider.credentials();
		res.json(out);
	});

	router.get('/requests', (req, res) => {
		const q = req.query as Record<string, string | undefined>;
		res.json(deps.requests.list({ provider: q.provider, method: q.method, path: q.path, since: q.since ? Number(q.since) : undefined }));
	});
	router.get('/requests/count', (req, res) => {
		const q = req.query as Record<string, string | undefined>;
		const matching = deps.requests.list({ provider: q.provider, method: q.method, path: q.path });
		res.json({ count: matching.length, accepted: matching.filter((r) => r.status !== undefined && r.status < 400).length });
	});
	router.delete('/requests', (_req, res) => {
		deps.requests.clear();
		res.status(204).end();
	});

	router.get('/deliveries', async (req, res) => {
		const q = req.query as Record<string, string | undefined>;
		if (q.wait) await deps.webhooks.idle();
		res.json(deps.webhooks.list({ provider: q.provider, event: q.event }));
	});
	router.delete('/deliveries', (_req, res) => {
		deps.webhooks.clear();
		res.status(204).end();
	});

	router.get('/faults', (_req, res) => {
		res.json(deps.faults.list());
	});
	router.post('/faults', (req, res) => {
		const spec = req.body;
		if (!spec || typeof spec !== 'object') return fail(res, 400, 'body must be a JSON object');
		if (spec.provider !== undefined && !(spec.provider in deps.providers())) {
			return fail(res, 400, `unknown provider "${spec.provider}"`);
		}
		try {
			res.status(201).json(deps.faults.add(spec));
		} catch (error) {
			fail(res, 400, (error as Error).message);
		}
	});
	router.delete('/faults', (_req, res) => {
		deps.faults.remove();
		res.status(204).end();
	});
	router.delete('/faults/:id', (req, res) => {
		deps.faults.remove(String(req.params.id));
		res.status(204).end();
	});

	const provider = (req: Request, res: Response): MockProvider | undefined => {
		const found = deps.providers()[String(req.params.provider)];
		if (!found) fail(res, 404, `unknown provider "${req.params.provider}"`);
		return found;
	};

	router.get('/variants', (_req, res) => {
		res.json(deps.variants.list());
	});
	router.put('/:provider/variants', (req, res) => {
		const p = provider(req, res);
		if (!p) return;
		if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) return fail(res, 400, 'body must be a JSON object of variant names and answers');
		try {
			deps.variants.set(p.slug, req.body as Record<string, unknown>);
		} catch (error) {
			return fail(res, 400, (error as Error).message);
		}
		res.json(deps.variants.list()[p.slug] ?? {});
	});

	router.get('/:provider/state', (req, res) => {
		const p = provider(req, res);
		if (p) res.json(p.state());
	});

	router.post('/:provider/simulate/:kind', async (req, res) => {
		const p = provider(req, res);
		if (!p) return;
		if (!p.simulate) return fail(res, 404, `${p.title} has nothing to simulate yet`);
		const input = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
		try {
			res.json(await p.simulate(String(req.params.kind), input));
		} catch (error) {
			const status = (error as { status?: number }).status ?? 400;
			fail(res, status, (error as Error).message);
		}
	});

	router.use('/:provider', (req, res, next) => {
		const p = deps.providers()[String(req.params.provider)];
		if (p?.controlRouter) {
			p.controlRouter(req, res, next);
			return;
		}
		next();
	});

	router.use((_req, res) => fail(res, 404, 'unknown control route; GET /__control lists them'));
	return router;
}

/** Thrown by providers' simulate() for bad control input; becomes a 4xx answer. */
export class ControlError extends Error {
	constructor(
		message: string,
		readonly status = 400,
	) {
		super(message);
	}
}
