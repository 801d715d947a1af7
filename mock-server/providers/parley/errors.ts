import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';

/** KPN's API gateway error body (catalogue Appendix A.5): {info, message, name, status, transactionId}, all strings. */
export function sendError(res: Response, status: number, message: string): void {
	res.status(status).json({
		info: `https://developer.kpn.com/documentation/errors#${status}`,
		message,
		name: (STATUS_CODES[status] ?? 'Error').replace(/\s+/g, ''),
		status: String(status),
		transactionId: randomUUID(),
	});
}
