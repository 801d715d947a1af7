import type { Result, Sentiment, SourceName } from '../../../schemas/parley/types.generated';
import { ParleyError } from './errors';
import { SENTIMENTS, SOURCE_CODES, STATUS_CODES, type ParleyState, type StoredCase } from './state';

export function findResult(s: ParleyState, raw: string): Result {
	if (!/^\d+$/.test(raw)) throw new ParleyError(400, `resultId must be a whole number, got "${raw}"`);
	const result = s.results.find((r) => r.id === Number(raw));
	if (!result) throw new ParleyError(404, `Result ${raw} not found`);
	return result;
}

/** A case of a search profile (ids are path strings, as KPN's Cases API takes them). */
export function findCase(s: ParleyState, searchId: string, caseId: string): StoredCase {
	if (!s.configuration.account.searches.some((p) => String(p.id) === searchId)) throw new ParleyError(404, `Search ${searchId} not found`);
	const found = s.cases.find((c) => String(c.id) === caseId && String(c.searchId) === searchId);
	if (!found) throw new ParleyError(404, `Case ${caseId} not found in search ${searchId}`);
	return found;
}

/** The user a case is handed over to. */
export function findHandler(s: ParleyState, handlerId: string) {
	const user = s.configuration.account.users.find((u) => String(u.id) === handlerId);
	if (!user) throw new ParleyError(404, `Handler ${handlerId} not found`);
	return user;
}

/**
 * The doc's path-segment filters, e.g. /results/customer+service/source:twitter/very+negative,negative/limit:25/.
 * Keyed segments are `key:value[,value...]`; un-keyed ones are recognised by their content. In a
 * value `+` is a space and anything else may be percent-encoded (so an encoded `%2C` or `%2B` is
 * a literal comma or plus, not a separator or a space).
 */
export interface SearchFilters {
	profile: string;
	sources?: SourceName[];
	sentiments?: Sentiment[];
	period?: { from: number; to: number };
	categories?: string[];
	labels?: string[];
	hashtags?: string[];
	websites?: string[];
	words?: string[];
	profiles?: string[];
	countries?: string[];
	cities?: string[];
	municipalities?: string[];
	provinces?: string[];
	resultIds?: number[];
	assigned?: number[];
	order: 'most recent' | 'least recent';
	sinceId?: number;
	newResults?: 'true' | 'reset';
	checked?: boolean;
	limit: number;
	offset: number;
}

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;
const NAMED_PERIODS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const DAY = 86_400_000;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z)?$/;

function decodeValue(raw: string): string {
	try {
		return decodeURIComponent(raw.replace(/\+/g, ' '));
	} catch {
		throw new ParleyError(400, `Filter value "${raw}" is not correctly encoded`);
	}
}

const values = (raw: string) => raw.split(',').map(decodeValue);

function integers(key: string, raw: string): number[] {
	return values(raw).map((v) => {
		if (!/^\d+$/.test(v)) throw new ParleyError(400, `Filter ${key} takes whole numbers, got "${v}"`);
		return Number(v);
	});
}

function utc(text: string): number {
	return Date.parse(text.endsWith('Z') ? text : `${text}Z`);
}

/** `segments` are the raw (still encoded) path segments after /results/. */
export function parseFilters(segments: string[], now = Date.now()): SearchFilters {
	const parts = segments.filter((s) => s !== '');
	if (parts.length === 0) throw new ParleyError(400, 'A search needs the search profile name as first path segment');
	const filters: SearchFilters = { profile: decodeValue(parts[0]), order: 'most recent', limit: DEFAULT_LIMIT, offset: 0 };
	for (const segment of parts.slice(1)) {
		const colon = segment.indexOf(':');
		const key = colon > 0 ? segment.slice(0, colon) : '';
		const raw = colon > 0 ? segment.slice(colon + 1) : segment;
		switch (key) {
			case 'source': {
				const sources = values(raw).map((v) => v.toLowerCase());
				const unknown = sources.find((s) => !(s in SOURCE_CODES));
				if (unknown) throw new ParleyError(400, `Unknown source "${unknown}"`);
				filters.sources = sources as SourceName[];
				continue;
			}
			case 'category':
				filters.categories = values(raw);
				continue;
			case 'label':
				filters.labels = values(raw);
				continue;
			case 'hashtag':
				filters.hashtags = values(raw).map((h) => h.replace(/^#/, ''));
				continue;
			case 'website':
				filters.websites = values(raw);
				continue;
			case 'word':
				filters.words = values(raw);
				continue;
			case 'profile':
				filters.profiles = values(raw);
				continue;
			case 'country':
				filters.countries = values(raw);
				continue;
			case 'city':
				filters.cities = values(raw);
				continue;
			case 'municipality':
				filters.municipalities = values(raw);
				continue;
			case 'province':
				filters.provinces = values(raw);
				continue;
			case 'result':
				filters.resultIds = integers('result', raw);
				continue;
			case 'assigned':
				filters.assigned = integers('assigned', raw);
				continue;
			case 'sinceId':
				filters.sinceId = integers('sinceId', raw)[0];
				continue;
			case 'new+results': {
				const flag = decodeValue(raw);
				if (flag !== 'true' && flag !== 'reset') throw new ParleyError(400, 'new+results takes true or reset');
				filters.newResults = flag;
				continue;
			}
			case 'limit': {
				const [limit] = integers('limit', raw);
				if (limit < 1 || limit > MAX_LIMIT) throw new ParleyError(400, `limit must be between 1 and ${MAX_LIMIT}`);
				filters.limit = limit;
				continue;
			}
			case 'offset':
				filters.offset = integers('offset', raw)[0];
				continue;
		}
		// Un-keyed segments (a datetime period holds colons, so it lands here too).
		const words = values(segment);
		const text = words.join(',');
		if (text === 'most recent' || text === 'least recent') filters.order = text;
		else if (text === 'checked' || text === 'notChecked') filters.checked = text === 'checked';
		else if (text in NAMED_PERIODS) filters.period = { from: now - NAMED_PERIODS[text] * DAY, to: now };
		else if (words.length === 2 && words.every((w) => DATETIME.test(w))) {
			const [from, to] = words.map(utc);
			if (from > to) throw new ParleyError(400, 'The period starts after it ends');
			filters.period = { from, to };
		} else if (words.every((w) => (SENTIMENTS as string[]).includes(w))) filters.sentiments = words as Sentiment[];
		else throw new ParleyError(400, `Unknown filter "${decodeValue(segment)}"`);
	}
	return filters;
}

const same = (a: string | null | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();
const anyOf = (list: string[] | undefined, value: string | null | undefined) => !list || list.some((v) => same(value, v));

/** Whether a result passes every filter except paging, order and the new-results marker. */
export function matches(result: Result, f: SearchFilters): boolean {
	if (result.status === STATUS_CODES.deleted) return false;
	if (f.sources && !f.sources.includes(result.source)) return false;
	if (f.sentiments && !f.sentiments.includes(result.sentiment)) return false;
	if (f.period) {
		const at = Date.parse(result.date);
		if (at < f.period.from || at > f.period.to) return false;
	}
	if (!anyOf(f.categories, result.category)) return false;
	if (f.labels && !f.labels.some((l) => (result.labels ?? []).some((own) => same(own, l)))) return false;
	if (f.hashtags && !f.hashtags.some((h) => (result.hashtags ?? []).some((own) => same(own, h)))) return false;
	if (
		f.websites &&
		!f.websites.some((w) =>
			(result.website ?? '').toLowerCase().includes(
				w
					.toLowerCase()
					.replace(/^https?:\/\//, '')
					.replace(/\/.*$/, ''),
			),
		)
	) {
		return false;
	}
	if (f.words && !f.words.some((w) => result.text.toLowerCase().includes(w.toLowerCase()))) return false;
	if (!anyOf(f.profiles, result.profile?.name)) return false;
	if (!anyOf(f.countries, result.location?.country)) return false;
	if (!anyOf(f.cities, result.location?.city)) return false;
	if (!anyOf(f.municipalities, result.location?.municipality)) return false;
	if (!anyOf(f.provinces, result.location?.province)) return false;
	if (f.resultIds && !f.resultIds.includes(result.id)) return false;
	if (f.assigned && !f.assigned.includes(result.assignedUserId ?? -1)) return false;
	if (f.sinceId !== undefined && result.id <= f.sinceId) return false;
	if (f.checked !== undefined && result.checked !== f.checked) return false;
	return true;
}
