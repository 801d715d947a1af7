import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';

/**
 * Mehery's response wrapper (catalogue §4: status, statusKey, error, errors[ApiFieldError],
 * message, timestamp) used for errors: the doc shows no error example, so the package fills the
 * wrapper's own fields.
 */
export function sendError(
	res: Response,
	status: number,
	message: string,
	details?: unknown,
): void {
	res.status(status).json({
		status,
		statusKey: (STATUS_CODES[status] ?? 'ERROR').toUpperCase().replace(/\W+/g, '_'),
		error: STATUS_CODES[status] ?? 'Error',
		errors: Array.isArray(details) ? details : [],
		message,
		timestamp: Date.now(),
	});
}
