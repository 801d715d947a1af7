import express, { type RequestHandler } from 'express';

import { DEFAULT_LIMITS } from './limits';

const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
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
		else if (OPEN.has(byte)) deepest = Math.max(deepest, ++depth);
		else if (CLOSE.has(byte)) depth--;
	}
	return deepest;
}

/**
 * express.json with a nesting limit, checked on the raw bytes before parsing: every later step
 * (validation, logging, JSON.stringify) recurses, and 5,000 levels are enough to overflow the
 * stack. Too deep answers 400 through the provider's error handler (type entity.too.deep).
 */
export function jsonBody(options: { limit: string; maxDepth?: () => number }): RequestHandler {
	return express.json({
		limit: options.limit,
		verify: (_req, _res, raw) => {
			const max = options.maxDepth?.() ?? DEFAULT_LIMITS.jsonDepth;
			if (jsonDepth(raw) > max) {
				throw Object.assign(new Error(`The request body is nested deeper than ${max} levels`), { status: 400, type: 'entity.too.deep' });
			}
		},
	});
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
