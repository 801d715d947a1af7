import type { Response } from 'express';
import { randomBytes } from 'node:crypto';

import type { ErrorCode } from '../../../schemas/spotler/types.generated';

/** The doc's error codes with its own wording. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
	1001: 'Unauthorized',
	1002: 'Access denied',
	1003: 'Service unavailable',
	1004: 'Internal server error',
	1005: 'Validation error',
	1006: 'Template name does not exist',
	1007: 'User does not have WhatsApp',
	1008: 'Media is invalid',
	1009: 'Not found',
	1010: 'Assistant has no ownership of conversation',
	1011: 'Message rejected',
	1012: 'Bad gateway',
	1013: 'Parameter count mismatch',
	1014: 'Already exists',
	1015: 'Customer care window expired',
};

/**
 * The doc pairs only 1005 with 400; the rest is the package's mapping (schemas/spotler/README.md).
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
	1001: 401,
	1002: 403,
	1003: 503,
	1004: 500,
	1005: 400,
	1006: 400,
	1007: 400,
	1008: 400,
	1009: 404,
	1010: 403,
	1011: 422,
	1012: 502,
	1013: 400,
	1014: 409,
	1015: 422,
};

/** Thrown by route handlers; the router's error handler turns it into Spotler's error body. */
export class SpotlerError extends Error {
	constructor(
		readonly code: ErrorCode,
		message?: string,
	) {
		super(message ?? ERROR_MESSAGES[code]);
	}
}

/** The route table's answer to a body that does not match its schema: 1005 naming every bad field. */
export function invalidBody(problem: string): SpotlerError {
	return new SpotlerError(1005, `Validation error: ${problem}`);
}

export function sendSpotlerError(res: Response, code: ErrorCode, message = ERROR_MESSAGES[code]): void {
	res.status(HTTP_STATUS[code]).json({ error: { code, message }, traceId: randomBytes(3).toString('hex') });
}

function codeForStatus(status: number): ErrorCode {
	if (status === 401) return 1001;
	if (status === 403) return 1002;
	if (status === 404 || status === 405) return 1009;
	if (status === 409) return 1014;
	if (status === 502) return 1012;
	if (status === 429 || status === 503 || status === 504) return 1003;
	if (status >= 500) return 1004;
	return 1005;
}

/** For the mock's core (bad JSON, injected faults, 404s): keeps the HTTP status it was asked for. */
export function sendError(res: Response, status: number, message: string): void {
	res.status(status).json({ error: { code: codeForStatus(status), message }, traceId: randomBytes(3).toString('hex') });
}
