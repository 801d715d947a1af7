import express, { type Request, type RequestHandler, type Response } from 'express';

import { DEFAULT_LIMITS } from './limits';

const OPEN_BRACE = 0x7b; // {
const OPEN_BRACKET = 0x5b; // [
const CLOSE_BRACE = 0x7d; // }
const CLOSE_BRACKET = 0x5d; // ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of objects and arrays in JSON text, counted without parsing it. */
export function jsonDepth(raw: Buffer): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < raw.length; i++) {
		const byte = raw[i];
		if (inString) {
			if (byte === BACKSLASH) i++;
			else if (byte === QUOTE) inString = false;
		} else if (byte === QUOTE) inString = true;
		else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
			if (++depth > deepest) deepest = depth;
		} else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
	}
	return deepest;
}

/** JSON bodies up to this many bytes are kept by the request log as the text received. */
const KEPT_JSON_BYTES = 4_096;
const RAW = Symbol('raw JSON body');
const SOURCE = Symbol('JSON body source');

// Kept in res.locals (a dictionary object made for each request), not on req: a property added to
// the request object reshapes it, for every request.
type Stash = { [RAW]?: Buffer; [SOURCE]?: { raw: Buffer; body: unknown } };
const stash = (res: Response) => res.locals as Stash;

/**
 * The text of the JSON body the request's jsonBody parsed, while req.body is still what was
 * parsed from it: the request log keeps this (a string nothing can change) and renders it when
 * read. Undefined for other bodies (form, multipart, none, other charsets, or larger than
 * KEPT_JSON_BYTES), which the log renders from req.body. Read once: it lets go of the bytes.
 */
export function takeJsonSource(req: Request, res: Response): string | undefined {
	const source = stash(res)[SOURCE];
	if (!source) return undefined;
	stash(res)[SOURCE] = undefined;
	if (source.body !== req.body) return undefined;
	const text = source.raw.toString('utf8');
	// body-parser's decoder drops a byte-order mark.
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * express.json with a nesting limit, checked on the raw bytes before parsing: every later step
 * (validation, logging, JSON.stringify) recurses, and 5,000 levels are enough to overflow the
 * stack. Too deep answers 400 through the provider's error handler (type entity.too.deep).
 */
export function jsonBody(options: { limit: string; maxDepth?: () => number }): RequestHandler {
	const parse = express.json({
		limit: options.limit,
		verify: (_req, res, raw, encoding) => {
			const max = options.maxDepth?.() ?? DEFAULT_LIMITS.jsonDepth;
			if (jsonDepth(raw) > max) {
				throw Object.assign(new Error(`The request body is nested deeper than ${max} levels`), { status: 400, type: 'entity.too.deep' });
			}
			if (raw.length <= KEPT_JSON_BYTES && (encoding === 'utf-8' || encoding === 'utf8')) stash(res as Response)[RAW] = raw;
		},
	});
	return (req, res, next) => {
		parse(req, res, (error?: unknown) => {
			const raw = stash(res)[RAW];
			if (raw) {
				stash(res)[RAW] = undefined;
				if (!error) stash(res)[SOURCE] = { raw, body: req.body };
			}
			next(error);
		});
	};
}

/**
 * Query strings as flat strings: a repeated name (or `name[]`) gives an array of strings, and
 * nothing gives an object, so `?search[toString]=x` cannot reach a handler as an object.
 * The object has no prototype, so names like `constructor` are plain keys.
 */
export function parseQuery(text: string): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = Object.create(null);
	for (const [rawName, value] of new URLSearchParams(text)) {
		const name = rawName.endsWith('[]') ? rawName.slice(0, -2) : rawName;
		const existing = query[name];
		if (existing === undefined) query[name] = rawName.endsWith('[]') ? [value] : value;
		else if (Array.isArray(existing)) existing.push(value);
		else query[name] = [existing, value];
	}
	return query;
}
