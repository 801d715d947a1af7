import type { ProviderError } from '../../shared/request-pipeline';

/**
 * Mehery answers errors in its ApiResponse wrapper:
 * {"status": 400, "statusKey": "BAD_REQUEST", "message": "...", "errors": [{"field": "...", "description": "..."}]}
 */
export function readMeheryError(body: unknown): ProviderError | undefined {
	// The doc prints no error body: a plain-text answer is its own message (an HTML page is not).
	if (typeof body === 'string') {
		const text = body.trim();
		return text && !text.startsWith('<') ? { message: text.slice(0, 500) } : undefined;
	}
	const wrapper = body as { message?: unknown; error?: unknown; statusKey?: unknown } | undefined;
	if (!wrapper || typeof wrapper !== 'object') return undefined;
	const message = typeof wrapper.message === 'string' && wrapper.message ? wrapper.message : wrapper.error;
	if (typeof message !== 'string') return undefined;
	return { message, code: typeof wrapper.statusKey === 'string' ? wrapper.statusKey : undefined };
}
