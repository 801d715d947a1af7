import type { ProviderError } from '../../shared/request-pipeline';

/**
 * Wabbit is Django REST Framework: {"detail": "..."} for auth, permission and not-found errors,
 * {"<field>": ["..."], "non_field_errors": ["..."]} for invalid requests. Binary downloads
 * bring the body as bytes.
 */
export function readWabbitError(body: unknown): ProviderError | undefined {
	let parsed = body;
	if (Buffer.isBuffer(parsed) || parsed instanceof ArrayBuffer) parsed = Buffer.from(parsed as Buffer).toString('utf8');
	if (typeof parsed === 'string') {
		try {
			parsed = JSON.parse(parsed);
		} catch {
			return undefined;
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
	const record = parsed as Record<string, unknown>;
	if (typeof record.detail === 'string') return { message: record.detail };
	const parts = Object.entries(record)
		.filter(([, value]) => Array.isArray(value) || typeof value === 'string')
		.map(([field, value]) => {
			const text = (Array.isArray(value) ? value : [value]).map(String).join(' ');
			return field === 'non_field_errors' ? text : `${field}: ${text}`;
		});
	return parts.length ? { message: parts.join('; ') } : undefined;
}
