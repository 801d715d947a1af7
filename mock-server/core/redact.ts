/**
 * Keeps credential values out of the mock's logs: request headers that carry keys or tokens,
 * body or query fields whose names say they hold a secret (at any depth), secret query
 * parameters of URLs, and the custom headers providers send to registered receivers.
 */
const SECRET_HEADERS = new Set(['authorization', 'x-api-key', 'x-api-id', 'd360-api-key', 'cookie', 'set-cookie', 'proxy-authorization', 'x-verify-token', 'x-csrftoken']);
/** Header names that say they carry a secret, whoever declared them. */
const SECRET_HEADER_NAME = /key|secret|token|auth|pass|signature|session|cookie|credential/i;
const SECRET_FIELD = /pass(word)?|secret|token|api[-_]?key|^key$|^auth$|authorization|client[-_]?id|credential|signature|cookie/i;
/** Headers a push may show: the rest are whatever the receiver's registration declared (often a shared secret). */
const PLAIN_OUTBOUND_HEADERS = new Set(['content-type', 'user-agent', 'accept', 'content-length']);
/** Past this depth values are replaced, not walked: nothing deeper can leak, and nothing recurses without end. */
const MAX_DEPTH = 32;
export const REDACTED = '[redacted]';
export const TOO_DEEP = '[nested too deeply]';

function isSecretHeader(name: string): boolean {
	return SECRET_HEADERS.has(name.toLowerCase()) || SECRET_HEADER_NAME.test(name);
}

/** Incoming request headers: the known credential headers and any name that says it holds a secret. */
export function redactHeaders(headers: Record<string, unknown>, extraSecret: (name: string) => boolean = () => false): Record<string, unknown> {
	const out: Record<string, unknown> = Object.create(null);
	for (const [name, value] of Object.entries(headers)) out[name] = isSecretHeader(name) || extraSecret(name) ? REDACTED : value;
	return out;
}

/** Headers the mock sends to a receiver: only the plain ones stay readable. */
export function redactOutboundHeaders(headers: Record<string, unknown>): Record<string, unknown> {
	return redactHeaders(headers, (name) => !PLAIN_OUTBOUND_HEADERS.has(name.toLowerCase()));
}

/** A URL with secret query parameters and any password in it replaced; text that is no URL is kept. */
export function redactUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return url;
	}
	const secretNames = [...new Set(parsed.searchParams.keys())].filter((name) => SECRET_FIELD.test(name));
	if (!parsed.password && secretNames.length === 0) return url;
	if (parsed.password) parsed.password = 'redacted';
	for (const name of secretNames) parsed.searchParams.set(name, REDACTED);
	return parsed.toString();
}

/**
 * A copy with every field whose name says it is a secret replaced, at any depth: values below
 * MAX_DEPTH are replaced by a marker instead of being kept as they are. A `headers` object
 * (e.g. a webhook registration) shows only its plain headers.
 */
export function redactFields(value: unknown, depth = 0): unknown {
	if (value === null || typeof value !== 'object') return value;
	if (depth >= MAX_DEPTH) return TOO_DEEP;
	if (Array.isArray(value)) return value.map((v) => redactFields(v, depth + 1));
	if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
	const out: Record<string, unknown> = Object.create(null);
	for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
		if (SECRET_FIELD.test(key) && (inner === null || typeof inner !== 'object' || Array.isArray(inner))) out[key] = REDACTED;
		else if (/^headers$/i.test(key) && inner && typeof inner === 'object' && !Array.isArray(inner)) {
			out[key] = redactFields(redactOutboundHeaders(inner as Record<string, unknown>), depth + 1);
		} else if (typeof inner === 'string' && /^https?:\/\//i.test(inner)) out[key] = redactUrl(inner);
		else out[key] = redactFields(inner, depth + 1);
	}
	return out;
}
