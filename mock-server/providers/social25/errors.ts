import type { Response } from 'express';

import type { ValidationIssue } from '../../core/schema-validator';

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

/** A body that does not match its schema, answered with DRF field errors ({"path": ["message"]}); for routeTable. */
export function invalidBody(problem: string, issues: ValidationIssue[]): Social25Error {
	// No prototype: a field named "constructor" or "toString" must start an empty list, not find Object's.
	const fields: Record<string, string[]> = Object.create(null);
	for (const issue of issues) (fields[issue.path || 'non_field_errors'] ??= []).push(issue.message);
	return new Social25Error(400, problem, fields);
}
