import { Router, type NextFunction, type Request, type Response } from 'express';

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

/** One query value as text (the query parser gives strings or arrays of strings). */
function text(value: unknown): string | undefined {
	if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
	return typeof value === 'string' ? value : undefined;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hostnameOf(host: string): string {
	const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
	if (bracketed) return bracketed[1].toLowerCase();
	return host.replace(/:\d+$/, '').toLowerCase();
}

function isLoopbackName(name: string): boolean {
	return LOOPBACK_NAMES.has(name) || name.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * Keeps web pages away from the control API (it resets state and reads credentials). A browser
 * may send a cross-site "simple" POST (text/plain, no preflight), and a DNS-rebinding page
 * reaches the mock under its own host name. So: the Host must be a loopback name or the host
 * the mock is bound to; a state-changing call must be JSON; an Origin, when sent, must be the
 * mock itself.
 */
export function controlGuard(boundHost: () => string) {
	return (req: Request, res: Response, next: NextFunction) => {
		const allowed = (name: string) => isLoopbackName(name) || name === hostnameOf(boundHost());
		const host = hostnameOf(req.get('host') ?? '');
		if (!allowed(host)) return fail(res, 403, `the control API answers only on loopback or the bound host, not "${host}"`);
		const origin = req.get('origin');
		if (origin !== undefined && origin !== 'null') {
			let originHost: string | undefined;
			try {
				originHost = new URL(origin).host.toLowerCase();
			} catch {
				originHost = undefined;
			}
			if (originHost !== req.get('host')?.toLowerCase()) return fail(res, 403, 'cross-origin calls to the control API are refused');
		} else if (origin === 'null') return fail(res, 403, 'cross-origin calls to the control API are refused');
		// The header itself, not req.is(): a call without a body (DELETE) must still say JSON.
		const mediaType = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
		if (!SAFE_METHODS.has(req.method) && mediaType !== 'application/json') {
			return fail(res, 415, 'control calls that change state need Content-Type: application/json');
		}
		next();
	};
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
				'POST /__control/faults':
					"Inject a fault: {provider, method, path, latencyMs, status, retryAfter, location, count, ratio, message, body}. status answers in the provider's error format; body answers with that JSON verbatim (status default 200). Faults on one request compose: their latencies add up, then the oldest with a status or body answers.",
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
		for (const [slug, provider] of Object.entries(deps.providers())) {
			// Samples come from live state; one provider that cannot find them must not hide the others.
			try {
				out[slug] = provider.credentials();
			} catch (error) {
				out[slug] = { error: `credentials unavailable: ${(error as Error).message}` };
			}
		}
		res.json(out);
	});

	router.get('/requests', (req, res) => {
		const q = req.query;
		const since = text(q.since);
		res.json(deps.requests.list({ provider: text(q.provider), method: text(q.method), path: text(q.path), since: since ? Number(since) : undefined }));
	});
	router.get('/requests/count', (req, res) => {
		const q = req.query;
		res.json(deps.requests.count({ provider: text(q.provider), method: text(q.method), path: text(q.path) }));
	});
	router.delete('/requests', (_req, res) => {
		deps.requests.clear();
		res.status(204).end();
	});

	router.get('/deliveries', async (req, res) => {
		const q = req.query;
		if (text(q.wait)) await deps.webhooks.idle();
		res.json(deps.webhooks.list({ provider: text(q.provider), event: text(q.event) }));
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
		if (!spec || typeof spec !== 'object' || Array.isArray(spec)) return fail(res, 400, 'body must be a JSON object');
		if (spec.provider !== undefined && !(typeof spec.provider === 'string' && Object.hasOwn(deps.providers(), spec.provider))) {
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
		const slug = String(req.params.provider);
		const found = Object.hasOwn(deps.providers(), slug) ? deps.providers()[slug] : undefined;
		if (!found) fail(res, 404, `unknown provider "${slug}"`);
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
		const slug = String(req.params.provider);
		const p = Object.hasOwn(deps.providers(), slug) ? deps.providers()[slug] : undefined;
		if (p?.controlRouter) {
			p.controlRouter(req, res, next);
			return;
		}
		next();
	});

	router.use((_req, res) => fail(res, 404, 'unknown control route; GET /__control lists them'));
	// Bad JSON, a body too large or too deep, or anything a route throws: {"error"}, never Express's HTML page.
	router.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
		if (res.headersSent) return;
		if (error.type === 'entity.parse.failed') return fail(res, 400, 'The request body is not valid JSON');
		if (error.status && error.status >= 400 && error.status < 500) return fail(res, error.status, error.message);
		console.error('[mock:control]', error);
		fail(res, 500, "Internal error in the control API (see the mock's output)");
	});
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
