import type { IDataObject } from 'n8n-workflow';

import type { Result } from '../../../schemas/parley/types.generated';

/**
 * Tolerant readers of Parley's answers. The doc prints one answer only, `{"data": {}, "messages":
 * [], "status": "SUCCES", "metadata": {...}}`, so where a result, a list of results, a reply or a
 * case stands is a guess. These accept each plausible place (schemas/parley/README.md, "Tolerated
 * alternatives"): under data by name, data itself, by name at the top level, or the bare body.
 */

export const isObject = (value: unknown): value is IDataObject => !!value && typeof value === 'object' && !Array.isArray(value);

/** The envelope's `data` when the body has one; otherwise the body itself (a bare answer). */
export function envelopeData(body: unknown): unknown {
	return isObject(body) && 'data' in body ? body.data : body;
}

/** Whether the answer says it succeeded: the doc's `status: "SUCCES"` (sic), or a bare answer without a status. */
export function succeeded(body: unknown): boolean {
	if (!isObject(body) || body.status === undefined) return true;
	return /^succ?ess?$/i.test(String(body.status));
}

/** A result looks like one: an id and at least one of its own members. */
export const looksLikeResult = (value: IDataObject) => value.id !== undefined && ['text', 'source', 'replyAvailable', 'caseId'].some((k) => k in value);
export const looksLikeReply = (value: IDataObject) => value.id !== undefined && ['message', 'resultId'].some((k) => k in value);
export const looksLikeCase = (value: IDataObject) => value.id !== undefined && ['status', 'handlerId', 'searchId'].some((k) => k in value);
export const looksLikeConfiguration = (value: IDataObject) => 'account' in value || 'globals' in value;

/** One named payload: data.<name>, <name> at the top level, or data (or the bare body) when it looks like one. */
export function readPayload(body: unknown, name: string, looksLike: (value: IDataObject) => boolean): IDataObject | undefined {
	const data = envelopeData(body);
	for (const candidate of [isObject(data) ? data[name] : undefined, isObject(body) ? body[name] : undefined]) {
		if (isObject(candidate)) return candidate;
	}
	return isObject(data) && looksLike(data) ? data : undefined;
}

/**
 * A search's results: a list under data.results, data.result, results or result, data as a list,
 * or a bare list; one result where a list was expected counts as a list of one. `data: {}` (the
 * doc's own example) is no results. Undefined when the answer holds nothing recognisable.
 */
export function readResults(body: unknown): Result[] | undefined {
	const data = envelopeData(body);
	const places = [data, ...(['results', 'result'] as const).flatMap((key) => [isObject(data) ? data[key] : undefined, isObject(body) ? body[key] : undefined])];
	for (const place of places) if (Array.isArray(place)) return place.filter(isObject) as unknown as Result[];
	for (const place of places.slice(1)) if (isObject(place) && looksLikeResult(place)) return [place as unknown as Result];
	if (isObject(data) && looksLikeResult(data)) return [data as unknown as Result];
	if (isObject(data) && Object.keys(data).length === 0) return [];
	return undefined;
}

/** What members an unrecognised answer has, for an error that says what came back. */
export function describeShape(body: unknown): string {
	const data = envelopeData(body);
	if (Array.isArray(data)) return 'a list';
	if (!isObject(data)) return JSON.stringify(data)?.slice(0, 80) ?? 'nothing';
	const keys = Object.keys(data);
	return keys.length > 0 ? `an object with ${keys.slice(0, 10).join(', ')}` : 'an empty object';
}

/**
 * A yes/no flag however it is typed: true/false, 1/0, "true"/"false", "1"/"0", "yes"/"no".
 * Undefined when absent or unrecognisable.
 */
export function readFlag(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'number') return value !== 0;
	if (typeof value === 'string') {
		const text = value.trim().toLowerCase();
		if (['true', '1', 'yes'].includes(text)) return true;
		if (['false', '0', 'no', ''].includes(text)) return false;
	}
	return undefined;
}

/** A result id however it is typed (a number or a numeric string), or undefined. */
export function resultIdOf(result: IDataObject | undefined): number | undefined {
	const id = Number(result?.id);
	return result?.id !== undefined && result?.id !== null && Number.isFinite(id) ? id : undefined;
}

/**
 * The result a reply goes to and whether it accepts replies, from its noContext answer: the flag
 * on the result wherever it stands, or beside it in data. `replyAvailable` is undefined when the
 * answer has no recognisable flag (the doc's own example is `data: {}`).
 */
export function readReplyAvailability(body: unknown): { result?: Result; replyAvailable?: boolean } {
	const result = readPayload(body, 'result', looksLikeResult);
	const data = envelopeData(body);
	const flag = readFlag(result?.replyAvailable) ?? (isObject(data) ? readFlag(data.replyAvailable) : undefined);
	return { result: result as unknown as Result | undefined, replyAvailable: flag };
}
