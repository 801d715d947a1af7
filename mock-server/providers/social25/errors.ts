import type { Response } from 'express';

/**
 * Social25 documents status codes only; its API is Django REST Framework, whose default error
 * body is {"detail": "..."} (package decision, written down in schemas/social25/README.md).
 */
export function sendError(res: Response, status: number, message: string, details?: unknown): void {
	res.status(status).json(details && typeof details === 'object' ? { detail: message, ...details } : { detail: message });
}
