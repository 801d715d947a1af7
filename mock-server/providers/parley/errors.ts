import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';

import type { GatewayError } from '../../../schemas/parley/types.generated';

/** KPN's API gateway error body (catalogue Appendix A.5): {info, message, name, status, transactionId}, all strings. */
export function sendError(res: Response, status: number, message: string): void {
	const body: GatewayError = {
		info: `https://developer.kpn.com/documentation/errors#${status}`,
		message,
		name: (STATUS_CODES[status] ?? 'Error').replace(/\s+/g, ''),
		status: String(status),
		transactionId: randomUUID(),
	};
	res.status(status).json(body);
}

/** Thrown by route handlers; the router's error handler turns it into the gateway error body. */
export class ParleyError extends Error {
	constructor(
		readonly status: number,
		message: string,
	) {
		super(message);
	}
}

/** The route table's answer to a body that does not match its schema: a 400 naming the problems. */
export function invalidBody(problem: string): ParleyError {
	return new ParleyError(400, problem);
}
