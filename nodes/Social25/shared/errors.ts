import type { ProviderError } from '../../shared/request-pipeline';

/**
 * Social25 (Django REST Framework) error bodies: {"detail": "Not found."}, or field errors such
 * as {"till_time": ["..."], "user_identifier": ["..."]}.
 */
export function readSocial25Error(body: unknown): ProviderError | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const { detail, ...fields } = body as Record<string, unknown>;
	if (typeof detail === 'string') return { message: detail };
	const parts = Object.entries(fields)
		.filter(([, messages]) => Array.isArray(messages) && messages.length > 0)
		.map(([field, messages]) => `${field}: ${(messages as unknown[]).map(String).join(' ')}`);
	return parts.length ? { message: parts.join('; ') } : undefined;
}
