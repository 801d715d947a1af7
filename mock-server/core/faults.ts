import type { NextFunction, Request, Response } from 'express';

import type { ErrorResponder } from './types';

export interface FaultSpec {
	/** Provider slug; omitted = every provider. */
	provider?: string;
	/** HTTP method; omitted = any. */
	method?: string;
	/**
	 * Path below the provider prefix. `*` matches within one path segment, `**` across segments;
	 * omitted = every path. Matched against the decoded path (so `%40` and `@` are the same).
	 */
	path?: string;
	/** Delay before answering (or before the request reaches the provider when there is no status). */
	latencyMs?: number;
	/** Answer with this status instead of the provider, in the provider's error format. */
	status?: number;
	/**
	 * Answer with this JSON body verbatim (and `status`, default 200) instead of the provider:
	 * plays an answer as a provider document prints it.
	 */
	body?: unknown;
	/** Seconds for the Retry-After header sent with the status. */
	retryAfter?: number;
	/** Sent as the Location header: with a 3xx status, the fault plays a redirect. */
	location?: string;
	/** Error message to put in the provider's error body. */
	message?: string;
	/** Apply to the next N matching requests only. */
	count?: number;
	/** Apply to this share (0..1) of matching requests, chosen by the seeded random generator. */
	ratio?: number;
}

export interface Fault extends FaultSpec {
	id: string;
	/** Matching requests this fault answered or delayed so far. */
	hits: number;
}

/** Longest delay a fault (or several on one request) may add. */
const MAX_LATENCY_MS = 120_000;

function globToRegExp(glob: string): RegExp {
	const escaped = glob
		.split('**')
		.map((part) =>
			part
				.split('*')
				.map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('[^/]*'),
		)
		.join('.*');
	return new RegExp(`^${escaped}/?$`);
}

/** A small seeded generator (mulberry32) so ratio faults hit the same requests for the same seed. */
function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export class FaultInjector {
	private faults: Array<Fault & { pattern?: RegExp }> = [];
	private nextId = 1;
	private random: () => number;
	private timers = new Set<NodeJS.Timeout>();

	constructor(private seed: number) {
		this.random = seededRandom(seed);
	}

	add(spec: FaultSpec): Fault {
		if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599)) {
			throw new Error('status must be an HTTP status code');
		}
		if (spec.ratio !== undefined && !(spec.ratio >= 0 && spec.ratio <= 1)) throw new Error('ratio must be between 0 and 1');
		if (spec.count !== undefined && !(Number.isInteger(spec.count) && spec.count > 0)) throw new Error('count must be a positive whole number');
		if (spec.latencyMs !== undefined && !(Number.isFinite(spec.latencyMs) && spec.latencyMs >= 0 && spec.latencyMs <= MAX_LATENCY_MS)) {
			throw new Error(`latencyMs must be a number of milliseconds from 0 to ${MAX_LATENCY_MS}`);
		}
		if (spec.retryAfter !== undefined && !(Number.isInteger(spec.retryAfter) && spec.retryAfter >= 0)) throw new Error('retryAfter must be a whole number of seconds');
		if (spec.message !== undefined && typeof spec.message !== 'string') throw new Error('message must be a string');
		if (spec.path !== undefined && typeof spec.path !== 'string') throw new Error('path must be a string');
		if (spec.location !== undefined && (typeof spec.location !== 'string' || /[\r\n]/.test(spec.location))) throw new Error('location must be a one-line string');
		if (spec.method !== undefined && typeof spec.method !== 'string') throw new Error('method must be a string');
		if (spec.latencyMs === undefined && spec.status === undefined && !('body' in spec)) throw new Error('a fault needs latencyMs, status, body or a mix');
		const fault = {
			...spec,
			...('body' in spec && spec.status === undefined ? { status: 200 } : {}),
			method: spec.method?.toUpperCase(),
			id: String(this.nextId++),
			hits: 0,
			pattern: spec.path ? globToRegExp(spec.path) : undefined,
		};
		this.faults.push(fault);
		return this.view(fault);
	}

	list(): Fault[] {
		return this.faults.map((f) => this.view(f));
	}

	remove(id?: string): void {
		this.faults = id === undefined ? [] : this.faults.filter((f) => f.id !== id);
	}

	reset(seed = this.seed): void {
		this.seed = seed;
		this.random = seededRandom(seed);
		this.faults = [];
	}

	close(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
	}

	private view(fault: Fault & { pattern?: RegExp }): Fault {
		const { pattern: _pattern, ...rest } = fault;
		return rest;
	}

	/** Every fault for this request, oldest first (ratio faults draw their chance here). */
	private matching(provider: string, req: Request): Array<Fault & { pattern?: RegExp }> {
		let path = req.path;
		try {
			path = decodeURIComponent(req.path);
		} catch {
			// keep the raw path: a malformed escape is the provider's to answer
		}
		return this.faults.filter(
			(fault) =>
				(!fault.provider || fault.provider === provider) &&
				(!fault.method || fault.method === req.method) &&
				(!fault.pattern || fault.pattern.test(path)) &&
				(fault.ratio === undefined || this.random() < fault.ratio),
		);
	}

	/**
	 * Runs before the provider's router. Matching faults compose: every latency-only fault and
	 * the oldest fault with a status (or body) apply; their latencies add up, then that one
	 * answers, or the request goes on to the provider. Only faults that applied count a hit, so
	 * two `count: 1` status faults answer two requests one after the other.
	 */
	middleware(provider: string, sendError: () => ErrorResponder) {
		return (req: Request, res: Response, next: NextFunction) => {
			// Nearly always none: no path to decode, no list to build.
			if (this.faults.length === 0) return next();
			const matching = this.matching(provider, req);
			const answering = matching.find((f) => f.status !== undefined);
			const faults = matching.filter((f) => f.status === undefined || f === answering);
			if (faults.length === 0) return next();
			for (const fault of faults) {
				fault.hits++;
				if (fault.count !== undefined && fault.hits >= fault.count) this.remove(fault.id);
			}
			const latency = Math.min(
				faults.reduce((sum, f) => sum + (f.latencyMs ?? 0), 0),
				MAX_LATENCY_MS,
			);
			const act = () => {
				this.timers.delete(timer);
				if (res.headersSent || res.destroyed) return;
				if (!answering) return next();
				if (res.locals.logEntry) res.locals.logEntry.fault = answering.id;
				if (answering.retryAfter !== undefined) res.setHeader('Retry-After', String(answering.retryAfter));
				if (answering.location !== undefined) res.setHeader('Location', answering.location);
				if ('body' in answering) {
					res.status(answering.status!).json(answering.body);
					return;
				}
				sendError()(res, answering.status!, answering.message ?? defaultMessage(answering.status!));
			};
			const timer = setTimeout(act, latency);
			this.timers.add(timer);
		};
	}
}

function defaultMessage(status: number): string {
	if (status === 429) return 'Too many requests';
	if (status === 503) return 'Service unavailable';
	if (status >= 500) return 'Internal server error';
	return 'Injected fault';
}
