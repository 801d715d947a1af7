import type { NextFunction, Request, Response } from 'express';

import { takeJsonSource } from './body';
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

export interface LogFilter {
	provider?: string;
	method?: string;
	/** Part of the path below the provider prefix. */
	path?: string;
	/** Only entries after this sequence number. */
	since?: number;
}

const MAX_BODY_CHARS = 4_000;
const UNRENDERABLE = '<body not logged: could not be rendered>';
const NO_HEADERS: Record<string, unknown> = Object.freeze({});

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

/**
 * One request as the middleware records it: references and text only, nothing rendered. The
 * headers object is the request's own (nothing writes to it after it arrived), the query is a
 * copy Express made for this read, and the body is either the JSON text the client sent or, for
 * anything else, the logged form rendered when the answer finished. Redaction and rendering
 * happen when the log is read, once per entry; `view` caches the finished entry's rendering.
 */
interface Entry {
	seq: number;
	started: number;
	provider: string;
	method: string;
	path: string;
	/** The parsed query (Express parses it afresh on each read of req.query, so nothing else holds it); null when the URL has none. */
	query: Record<string, unknown> | null;
	headers: Record<string, unknown>;
	/** JSON text of the body as received (rendered lazily), or... */
	bodyText?: string;
	/** ...the body's logged form, rendered when the answer finished. */
	body?: unknown;
	status?: number;
	durationMs?: number;
	fault?: string;
	view?: LoggedRequest;
}

/** The entry as the log shows it: redacted, the body rendered (and cut), cached once the answer finished. */
function render(record: Entry): LoggedRequest {
	if (record.view) return record.view;
	let body = record.body;
	if (record.bodyText !== undefined) {
		try {
			// body-parser turns an empty JSON body into {}.
			body = loggedBody(record.bodyText === '' ? {} : JSON.parse(record.bodyText));
		} catch {
			body = UNRENDERABLE;
		}
	}
	const view: LoggedRequest = {
		seq: record.seq,
		at: new Date(record.started).toISOString(),
		provider: record.provider,
		method: record.method,
		path: record.path,
		query: redactFields({ ...record.query }),
		headers: redactHeaders(record.headers),
		body,
	};
	// The fault is noted before the answer finishes: it comes first, as it always has.
	if (record.fault !== undefined) view.fault = record.fault;
	if (record.status !== undefined) {
		view.status = record.status;
		view.durationMs = record.durationMs;
	}
	// A finished entry no longer changes: render it once. (A fault is set before the answer ends.)
	if (record.status !== undefined) {
		record.view = view;
		record.bodyText = undefined;
		record.body = undefined;
		record.headers = NO_HEADERS;
	}
	return view;
}

/**
 * Every request to a provider prefix, with its final status; secrets redacted; the oldest dropped
 * past the cap. A ring of `maxEntries` slots: recording is O(1), and the work of redacting and
 * rendering an entry is done when GET /__control/requests (or list()) first reads it.
 */
export class RequestLog {
	private ring: Array<Entry | undefined>;
	/** Slot of the next entry. */
	private next = 0;
	private size = 0;
	private seq = 0;

	constructor(private readonly maxEntries: number = DEFAULT_LIMITS.requestLog) {
		this.ring = new Array(maxEntries);
	}

	middleware(provider: string) {
		return (req: Request, res: Response, next: NextFunction) => {
			const started = Date.now();
			// Every field from the start: one object shape for every entry.
			const record: Entry = {
				seq: ++this.seq,
				started,
				provider,
				method: req.method,
				path: req.path,
				// Without a `?` there is no query to parse.
				query: req.url.includes('?') ? (req.query as Record<string, unknown>) : null,
				headers: req.headers as Record<string, unknown>,
				bodyText: undefined,
				body: undefined,
				status: undefined,
				durationMs: undefined,
				fault: undefined,
				view: undefined,
			};
			this.ring[this.next] = record;
			this.next = (this.next + 1) % this.maxEntries;
			if (this.size < this.maxEntries) this.size++;
			res.locals.logEntry = record;
			res.on('finish', () => {
				record.durationMs = Date.now() - started;
				// Bodies are parsed by the provider's router, after this middleware ran. JSON is kept
				// as the text received (a string: nothing a handler does to req.body later changes
				// it); anything else is rendered now. A listener that throws would end the process,
				// so a body the log cannot render is noted instead.
				try {
					const text = takeJsonSource(req, res);
					if (text !== undefined) record.bodyText = text;
					else record.body = loggedBody(req.body);
				} catch {
					record.body = UNRENDERABLE;
				}
				record.status = res.statusCode;
			});
			next();
		};
	}

	list(filter: LogFilter = {}): LoggedRequest[] {
		return this.matching(filter).map(render);
	}

	/** How many entries match, and how many of those got a 2xx/3xx answer, without rendering any. */
	count(filter: LogFilter = {}): { count: number; accepted: number } {
		const matching = this.matching(filter);
		return { count: matching.length, accepted: matching.filter((e) => e.status !== undefined && e.status < 400).length };
	}

	/** The entries the filter selects, oldest first. */
	private matching(filter: LogFilter): Entry[] {
		const method = filter.method?.toUpperCase();
		const out: Entry[] = [];
		const first = (this.next - this.size + this.maxEntries) % this.maxEntries;
		for (let i = 0; i < this.size; i++) {
			const e = this.ring[(first + i) % this.maxEntries]!;
			if ((!filter.provider || e.provider === filter.provider) && (!method || e.method === method) && (!filter.path || e.path.includes(filter.path)) && (!filter.since || e.seq > filter.since)) {
				out.push(e);
			}
		}
		return out;
	}

	clear(): void {
		this.ring = new Array(this.maxEntries);
		this.next = 0;
		this.size = 0;
	}
}
