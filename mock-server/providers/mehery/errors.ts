import type { Response } from 'express';
import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';

import type { ValidationIssue } from '../../core/schema-validator';
import type { ApiFieldError, ErrorResponse } from '../../../schemas/mehery/types.generated';

/**
 * Mehery's response wrapper (ApiResponse: status, statusKey, error, errors[ApiFieldError],
 * message, timestamp, traceid) used for errors: the doc shows no error example, so the package
 * fills the wrapper's own fields (schemas/mehery/README.md).
 */
export function sendError(res: Response, status: number, message: string, details?: unknown): void {
	const body: ErrorResponse = {
		status,
		statusKey: (STATUS_CODES[status] ?? 'ERROR').toUpperCase().replace(/\W+/g, '_'),
		error: STATUS_CODES[status] ?? 'Error',
		errors: Array.isArray(details) ? (details as ApiFieldError[]) : [],
		message,
		timestamp: Date.now(),
		traceid: randomBytes(8).toString('hex'),
	};
	res.status(status).json(body);
}

/** Thrown by route handlers; the router's error handler turns it into the wrapper above. */
export class MeheryError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly fieldErrors: ApiFieldError[] = [],
	) {
		super(message);
	}
}

/** A 400 naming one body field, in ApiFieldError form. */
export function fieldError(field: string, description: string): MeheryError {
	return new MeheryError(400, `${field} ${description}`, [{ field, code: 'INVALID', description }]);
}

/** A body that does not match its schema: 400 with one ApiFieldError per problem (for routeTable). */
export function invalidBody(problem: string, issues: ValidationIssue[]): MeheryError {
	return new MeheryError(
		400,
		`Validation failed: ${problem}`,
		issues.map((i) => ({ field: i.path, code: 'INVALID', description: i.message })),
	);
}
