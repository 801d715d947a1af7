import type { Response } from 'express';

/** Wabbit is Django REST Framework: errors are {"detail": "..."} (the doc shows it for 403). */
export function sendError(res: Response, status: number, message: string, details?: unknown): void {
	res.status(status).json(details && typeof details === 'object' ? { detail: message, ...details } : { detail: message });
}
