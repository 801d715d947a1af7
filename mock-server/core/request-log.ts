import type { NextFunction, Request, Response } from 'express';

import { DEFAULT_LIMITS } from './limits';
import { redactFields, redactHeaders } from './redact';

export interface LoggedRequest {
	seq: number;
	at: string;
	provider: string;
	method: string;
	/** Path below the provider prefix, e.g. /channels/x/messages/y. */
	path: string;
	query: unknown;
	headers: Record<string, unknown>;
	body: unknown;
	status?: number;
	durationMs?: number;
	/** Set when the core's fault injection answered instead of the provider. */
	fault?: string;
}

const MAX_BODY_CHARS = 4_000;

/**
 * What the log keeps of a body: redacted first, then cut to MAX_BODY_CHARS of its JSON text.
 * Text the parsers left as text (an unknown content type) is not kept: it may hold anything.
 */
export function loggedBody(body: unknown): unknown {
	if (body === undefined) return undefined;
	if (Buffer.isBuffer(body)) return `<${body.length} bytes>`;
	if (typeof body === 'string') return `<${body.length} characters of text>`;
	const redacted = redactFields(body);
	const text = JSON.stringify(redacted);
	if (text !== undefined && text.length > MAX_BODY_CHARS) return `${text.slice(0, MAX_BODY_CHARS)}... (${text.length} chars, redacted)`;
	return redacted;
}

/** Every request to a provider prefix, with its final status; secrets redacted; the oldest dropped past the cap. */
export class RequestLog {
	private entries: LoggedRequest[] = [];
	private seq = 0;

	constructor(private readonly maxEntries: number = DEFAULT_LIMITS.requestLog) {}

	middleware(provider: string) {
		return (req: Request, res: Response, next: NextFunction) => {
			const started = Date.now();
			const entry: LoggedRequest = {
				seq: ++this.seq,
				at: new Date(started).toISOString(),
				provider,
				method: req.method,
				path: req.path,
				query: redactFields({ ...req.query }),
				headers: redactHeaders(req.headers as Record<string, unknown>),
				body: undefined,
			};
			this.entries.push(entry);
			if (this.entries.length > this.maxEntries) this.entries.splice(0, this.entries.length - this.maxEntries);
			res.locals.logEntry = entry;
			res.on('finish', () => {
				entry.status = res.statusCode;
				entry.durationMs = Date.now() - started;
				// Bodies are parsed by the provider's router, after this middleware ran. A listener
				// that throws would end the process, so a body the log cannot render is noted instead.
				try {
					entry.body = loggedBody(req.body);
				} catch {
					entry.body = '<body not logged: could not be rendered>';
				}
			});
			next();
		};
	}

	list(filter: { provider?: string; method?: string; path?: string; since?: number } = {}): LoggedRequest[] {
		return this.entries.filter(
			(e) =>
				(!filter.provider || e.provider === filter.provider) &&
				(!filter.method || e.method === filter.method.toUpperCase()) &&
				(!filter.path || e.path.includes(filter.path)) &&
				(!filter.since || e.seq > filter.since),
		);
	}

	clear(): void {
		this.entries = [];
	}
}
