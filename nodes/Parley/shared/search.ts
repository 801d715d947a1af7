import type { INodeProperties } from 'n8n-workflow';

/**
 * Result searches put their filters in the path (the doc's "Result management" table):
 * /results/<profile>/source:twitter,facebook/very+negative/label:urgent/.../limit:25/offset:0/
 * Values are percent-encoded with spaces as `+`, so a literal `+`, `,`, `/` or `:` in a value
 * (a website URL, a word like "c++") cannot be mistaken for syntax.
 */

export const SOURCES = ['blogs', 'facebook', 'forums', 'instagram', 'irischat', 'linkedin', 'news', 'print', 'rtv', 'twitter', 'web', 'whatsapp'];
const SOURCE_NAMES: Record<string, string> = { irischat: 'Iris Chat', linkedin: 'LinkedIn', rtv: 'Radio and TV', whatsapp: 'WhatsApp' };
/** The API's largest page; Return All pages with it. */
export const MAX_PAGE_SIZE = 100;

/** Reports a bad value, naming the field; it must throw (each caller throws its own kind of error). */
export type InputProblem = (field: string, problem: string) => never;

export interface SearchFilterValues {
	sentiments?: string[];
	period?: string;
	periodStart?: string;
	periodEnd?: string;
	categories?: string[];
	labels?: string[];
	hashtags?: string;
	websites?: string;
	words?: string;
	profiles?: string;
	countries?: string;
	cities?: string;
	municipalities?: string;
	provinces?: string;
	resultIds?: string;
	assignedUser?: string;
	order?: string;
	sinceId?: number;
	newResults?: string;
	checked?: string;
	offset?: number;
}

/** One value: percent-encoded, spaces as `+` (the doc writes "search+profile+name"). */
export function encodeValue(value: string): string {
	return encodeURIComponent(value.trim()).replace(/%20/g, '+');
}

/** "a, b ,c" -> ["a", "b", "c"]; values typed into one text field, separated by commas. */
export function splitList(text: string | undefined): string[] {
	return (text ?? '')
		.split(',')
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

/** "2016-06-15T23:31:27" in UTC, as the doc's period example. */
function utcSeconds(field: string, value: string | undefined, fail: InputProblem): string {
	const ms = value ? Date.parse(value) : NaN;
	if (!Number.isFinite(ms)) fail(field, `"${value ?? ''}" is not a date and time`);
	return new Date(ms).toISOString().slice(0, 19);
}

/** The path below the base URL, without paging: /results/<profile>/source:.../<filters>/ */
export function searchPath(profile: string, sources: string[], filters: SearchFilterValues, fail: InputProblem): string {
	return `/results/${searchSegments(profile, sources, filters, fail)}`;
}

/** The search's segments after /results/, each encoded, with a trailing slash: <profile>/source:.../<filters>/ */
export function searchSegments(profile: string, sources: string[], filters: SearchFilterValues, fail: InputProblem): string {
	if (profile.trim() === '') fail('Search Profile', 'is empty');
	const keyed = (key: string, list: string[]) => (list.length > 0 ? [`${key}:${list.map(encodeValue).join(',')}`] : []);
	const segments = [encodeValue(profile), ...keyed('source', sources.length > 0 ? sources : SOURCES)];
	if (filters.sentiments?.length) segments.push(filters.sentiments.map(encodeValue).join(','));
	if (filters.period === 'custom') {
		const start = utcSeconds('Period Start', filters.periodStart, fail);
		const end = utcSeconds('Period End', filters.periodEnd, fail);
		if (start > end) fail('Period End', 'is before the period start');
		segments.push(`${start},${end}`);
	} else if (filters.period) segments.push(filters.period);
	segments.push(...keyed('category', filters.categories ?? []));
	segments.push(...keyed('label', filters.labels ?? []));
	segments.push(
		...keyed(
			'hashtag',
			splitList(filters.hashtags).map((h) => h.replace(/^#/, '')),
		),
	);
	segments.push(...keyed('website', splitList(filters.websites)));
	segments.push(...keyed('word', splitList(filters.words)));
	segments.push(...keyed('profile', splitList(filters.profiles)));
	segments.push(...keyed('country', splitList(filters.countries)));
	segments.push(...keyed('city', splitList(filters.cities)));
	segments.push(...keyed('municipality', splitList(filters.municipalities)));
	segments.push(...keyed('province', splitList(filters.provinces)));
	const resultIds = splitList(filters.resultIds);
	const notNumber = resultIds.find((id) => !/^\d+$/.test(id));
	if (notNumber) fail('Result IDs', `"${notNumber}" is not a result ID (a whole number)`);
	segments.push(...keyed('result', resultIds));
	if (filters.assignedUser) segments.push(`assigned:${encodeValue(filters.assignedUser)}`);
	if (filters.order) segments.push(filters.order);
	if (filters.sinceId !== undefined && filters.sinceId > 0) segments.push(`sinceId:${Math.floor(filters.sinceId)}`);
	if (filters.newResults) segments.push(`new+results:${filters.newResults}`);
	if (filters.checked) segments.push(filters.checked);
	return `${segments.join('/')}/`;
}

export function pagePath(path: string, limit: number, offset: number): string {
	return `${path}limit:${limit}/${offset > 0 ? `offset:${offset}/` : ''}`;
}

export const sourcesField: INodeProperties = {
	displayName: 'Sources',
	name: 'sources',
	type: 'multiOptions',
	default: [],
	options: SOURCES.map((value) => ({ name: SOURCE_NAMES[value] ?? value.charAt(0).toUpperCase() + value.slice(1), value })),
	description: 'Only results from these sources. Leave empty for every source.',
};

const listHint = 'Separate several with commas';

/** The filters both the search operation and the trigger offer (not paging, order or cursors). */
export const commonFilterOptions: INodeProperties[] = [
	{
		displayName: 'Assigned User Name or ID',
		name: 'assignedUser',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: '',
		description: 'Only results assigned to this user. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Category Names or IDs',
		name: 'categories',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getCategories' },
		default: [],
		description: 'Only results in one of these categories. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Checked',
		name: 'checked',
		type: 'options',
		default: 'checked',
		options: [
			{ name: 'Checked Only', value: 'checked' },
			{ name: 'Not Checked Only', value: 'notChecked' },
		],
	},
	{ displayName: 'Cities', name: 'cities', type: 'string', default: '', placeholder: 'Amsterdam', hint: listHint },
	{ displayName: 'Countries', name: 'countries', type: 'string', default: '', placeholder: 'Netherlands', hint: listHint },
	{ displayName: 'Hashtags', name: 'hashtags', type: 'string', default: '', placeholder: 'storing, 5g', hint: `${listHint}; the # is optional` },
	{
		displayName: 'Label Names or IDs',
		name: 'labels',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLabels' },
		default: [],
		description: 'Only results with one of these labels. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Municipalities', name: 'municipalities', type: 'string', default: '', placeholder: 'Stichtse Vecht', hint: listHint },
	{
		displayName: 'Period',
		name: 'period',
		type: 'options',
		default: 'week',
		options: [
			{ name: 'Custom Range', value: 'custom', description: 'Between Period Start and Period End (UTC)' },
			{ name: 'Last Day', value: 'day' },
			{ name: 'Last Month', value: 'month' },
			{ name: 'Last Week', value: 'week' },
			{ name: 'Last Year', value: 'year' },
		],
	},
	{ displayName: 'Period End', name: 'periodEnd', type: 'dateTime', default: '', description: 'End of a custom period' },
	{ displayName: 'Period Start', name: 'periodStart', type: 'dateTime', default: '', description: 'Start of a custom period' },
	{ displayName: 'Profiles', name: 'profiles', type: 'string', default: '', placeholder: 'janedoe', hint: `${listHint}; the authors' profile names` },
	{ displayName: 'Provinces', name: 'provinces', type: 'string', default: '', placeholder: 'Noord-Holland', hint: listHint },
	{ displayName: 'Result IDs', name: 'resultIds', type: 'string', default: '', placeholder: '233001, 233002', hint: listHint },
	{
		displayName: 'Sentiments',
		name: 'sentiments',
		type: 'multiOptions',
		default: [],
		options: [
			{ name: 'Negative', value: 'negative' },
			{ name: 'Neutral', value: 'neutral' },
			{ name: 'Positive', value: 'positive' },
			{ name: 'Very Negative', value: 'very negative' },
			{ name: 'Very Positive', value: 'very positive' },
		],
	},
	{ displayName: 'Websites', name: 'websites', type: 'string', default: '', placeholder: 'tweakers.net', hint: listHint },
	{ displayName: 'Words', name: 'words', type: 'string', default: '', placeholder: 'storing', hint: `${listHint}; results containing any of them` },
];
