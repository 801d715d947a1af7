import type { ProviderError } from '../../shared/request-driver';

/**
 * Mehery answers errors in its ApiResponse wrapper:
 * {"status": 400, "statusKey": "BAD_REQUEST", "message": "...", "errors": [{"field": "...", "description": "..."}]}
 */
export function readMeheryError(body: unknown): ProviderError | undefined {
	const wrapper = body as { message?: unknown; error?: unknown; statusKey?: unknown } | undefined;
	if (!wrapper || typeof wrapper !== 'object') return undefined;
	const message = typeof wrapper.message === 'string' && wrapper.message ? wrapper.message : wrapper.error;
	if (typeof message !== 'string') return undefined;
	return { message, code: typeof wrapper.statusKey === 'string' ? wrapper.statusKey : undefined };
}
