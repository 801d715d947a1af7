import type { ProviderError } from '../../shared/request-driver';

/** Spotler error bodies: {"error": {"code": 1005, "message": "Jid is invalid"}, "traceId": "..."} */
export function readSpotlerError(body: unknown): ProviderError | undefined {
	const error = (body as { error?: { code?: number; message?: string } } | undefined)?.error;
	if (!error || typeof error.message !== 'string') return undefined;
	return { message: error.message, code: error.code };
}
