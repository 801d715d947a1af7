import type { Response } from 'express';

/**
 * Social25 documents status codes only; its API is Django REST Framework, whose default error
 * bodies are {"detail": "..."} and, for invalid input, a map of field name to messages
 * (package decision, written down in schemas/social25/README.md).
 */
export function sendError(res: Response, status: number, message: string, details?: unknown): void {
	res.status(status).json(details && typeof details === 'object' ? { detail: message, ...details } : { detail: message });
}

/** Thrown by route handlers; the router's error handler writes the DRF-style body. */
export class Social25Error extends Error {
	constructor(
		readonly status: number,
		message: string,
		/** Field errors: {"till_time": ["..."]}. When set, the body is this map instead of {"detail"}. */
		readonly fields?: Record<string, string[]>,
	) {
		super(message);
	}
}

export const notFound = (what = 'Not found.') => new Social25Error(404, what);

/** A validation failure on one field, DRF style: {"field": ["message"]}. */
export const fieldError = (field: string, message: string) => new Social25Error(400, `${field}: ${message}`, { [field]: [message] });

export function sendSocial25Error(res: Response, error: Social25Error): void {
	res.status(error.status).json(error.fields ?? { detail: error.message });
}
