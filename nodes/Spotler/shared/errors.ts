import type { ProviderError } from '../../shared/request-pipeline';

/**
 * Spotler error bodies: {"error": {"code": 1005, "message": "Jid is invalid"}, "traceId": "7e6459"}.
 * "The traceId can be used by our support team to track down the corresponding request", so it
 * stays in the message a user copies into a support ticket.
 */
export function readSpotlerError(body: unknown): ProviderError | undefined {
	const { error, traceId } = (body ?? {}) as { error?: { code?: number; message?: string }; traceId?: unknown };
	if (!error || typeof error.message !== 'string') return undefined;
	const trace = typeof traceId === 'string' || typeof traceId === 'number' ? String(traceId).trim() : '';
	return { message: trace ? `${error.message} (traceId ${trace})` : error.message, code: error.code };
}
