import type { Response } from 'express';

import type { ValidationIssue } from '../../core/schema-validator';

/** Wabbit is Django REST Framework: errors are {"detail": "..."} (the doc shows it for 403). */
export function sendError(res: Response, status: number, message: string, details?: unknown): void {
	res.status(status).json(details && typeof details === 'object' ? { detail: message, ...details } : { detail: message });
}

/** DRF's own wording for the common cases. */
export const DETAIL = {
	notAuthenticated: 'Authentication credentials were not provided.',
	invalidToken: 'Invalid token.',
	forbidden: 'You do not have permission to perform this action.',
	notFound: 'Not found.',
} as const;

/** Thrown by route handlers; the router's error handler writes the DRF body. */
export class WabbitError extends Error {
	constructor(
		readonly status: number,
		message: string,
		/** DRF field errors ({"field": ["..."]}), written instead of {"detail": ...}. */
		readonly fields?: Record<string, string[]>,
	) {
		super(message);
	}
}

export const notFound = (what?: string) => new WabbitError(404, what ? `${what} not found.` : DETAIL.notFound);
export const forbidden = (why: string = DETAIL.forbidden) => new WabbitError(403, why);

/** A 400 in DRF's serializer format: {"<field>": ["<problem>"], "non_field_errors": [...]}. */
export function fieldErrors(fields: Record<string, string[]>): WabbitError {
	return new WabbitError(
		400,
		Object.entries(fields)
			.map(([f, m]) => `${f}: ${m.join(' ')}`)
			.join('; '),
		fields,
	);
}

/** A body that does not match its schema (routeTable's invalidBody): DRF's field errors. */
export function invalidBody(_problem: string, issues: ValidationIssue[]): WabbitError {
	// No prototype: a field named "constructor" or "toString" must start an empty list, not find Object's.
	const fields: Record<string, string[]> = Object.create(null);
	for (const issue of issues) (fields[issue.path || 'non_field_errors'] ??= []).push(issue.message);
	return fieldErrors(fields);
}

export function writeWabbitError(res: Response, error: WabbitError): void {
	if (error.status === 401) res.setHeader('WWW-Authenticate', 'Token');
	res.status(error.status).json(error.fields ?? { detail: error.message });
}
