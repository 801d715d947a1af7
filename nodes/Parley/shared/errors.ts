import type { ProviderError } from '../../shared/request-pipeline';

/** KPN gateway error bodies: {"info", "message", "name": "NotFound", "status": "404", "transactionId"}. */
export function readParleyError(body: unknown): ProviderError | undefined {
	const error = body as { message?: unknown; name?: unknown } | undefined;
	if (!error || typeof error.message !== 'string') return undefined;
	return { message: error.message, code: typeof error.name === 'string' ? error.name : undefined };
}
