/**
 * Keeps credential values out of the mock's logs: request headers that carry keys or tokens,
 * and body or query fields whose names say they hold a secret.
 */
const SECRET_HEADERS = new Set([
	'authorization',
	'x-api-key',
	'x-api-id',
	'd360-api-key',
	'cookie',
	'proxy-authorization',
	'x-verify-token',
]);
const SECRET_FIELD = /pass(word)?|secret|token|api[-_]?key|authorization|client[-_]?id/i;
export const REDACTED = '[redacted]';

export function redactHeaders(headers: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(headers)) {
		out[name] = SECRET_HEADERS.has(name.toLowerCase()) || SECRET_FIELD.test(name) ? REDACTED : value;
	}
	return out;
}

export function redactFields(value: unknown, depth = 0): unknown {
	if (depth > 8 || value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map((v) => redactFields(v, depth + 1));
	const out: Record<string, unknown> = {};
	for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
		out[key] = SECRET_FIELD.test(key) && typeof inner !== 'object' ? REDACTED : redactFields(inner, depth + 1);
	}
	return out;
}
