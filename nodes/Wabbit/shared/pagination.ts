import type { DeclarativeRestApiSettings, IDataObject, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

type Send = (requestData: DeclarativeRestApiSettings.ResultOptions) => Promise<INodeExecutionData[]>;

interface Envelope {
	count?: number;
	next?: string | null;
	results?: IDataObject[];
}

/** With Simplify on, each message of a page is already in the common shape, Wabbit's message under `raw`. */
const messageOf = (item: IDataObject): IDataObject => (item.provider === 'wabbit' && item.raw ? (item.raw as IDataObject) : item);

/**
 * How each list pages, by "resource:operation":
 * - offset: DRF limit/offset, {count, next, previous, results}
 * - time: newest first, older pages through before_time (the doc's advice for histories,
 *   since offsets shift when new items arrive)
 * - cursor: follow `next` (contacts: no offset, provider-specific cursors)
 */
const LISTS: Record<string, { style: 'offset' | 'time' | 'cursor'; timeOf?: (item: IDataObject) => number; keyOf?: (item: IDataObject) => string }> = {
	'chat:getMany': { style: 'offset' },
	'chat:getAssignmentEvents': { style: 'time', timeOf: (e) => Number(e.timestamp) },
	'message:getMany': {
		style: 'time',
		timeOf: (m) => Number((messageOf(m).waba_payload as IDataObject | undefined)?.timestamp),
		keyOf: (m) => String(messageOf(m).id ?? (messageOf(m).waba_payload as IDataObject | undefined)?.id),
	},
	'messageTagging:getEvents': { style: 'time', timeOf: (e) => Number(e.timestamp) },
	'chatTagging:getEvents': { style: 'time', timeOf: (e) => Number(e.timestamp) },
	'tag:getMany': { style: 'offset' },
	'webhook:getMany': { style: 'offset' },
	'template:getMany': { style: 'offset' },
	'savedResponse:getMany': { style: 'offset' },
	'user:getMany': { style: 'offset' },
	'group:getMany': { style: 'offset' },
	'person:getMany': { style: 'offset' },
	'contact:getMany': { style: 'cursor' },
};

const PAGE_SIZE = 100;

/**
 * One page as an envelope. The document prints lists both as DRF's envelope (its schema samples)
 * and as a bare array (/chats/ in its getting started); n8n turns a bare array into one item per
 * element, so anything but a lone envelope is read as the whole list, with no next page.
 */
function envelopeOf(items: INodeExecutionData[]): Envelope {
	const first = items[0]?.json;
	if (items.length === 1 && Array.isArray(first?.results)) return first as Envelope;
	const results = items.map((item) => item.json).filter((json) => json && Object.keys(json).length > 0);
	return { count: results.length, next: null, results };
}

/** Plugged into the shared request driver: single requests pass through, lists are unwrapped and paged. */
export async function paginateWabbit(this: IExecutePaginationFunctions, requestData: DeclarativeRestApiSettings.ResultOptions, send: Send): Promise<INodeExecutionData[]> {
	const list = LISTS[`${String(this.getNodeParameter('resource', ''))}:${String(this.getNodeParameter('operation', ''))}`];
	if (!list) return await send(requestData);
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const max = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
	const options = requestData.options;
	const baseQs = { ...(options.qs ?? {}) } as IDataObject;
	const out: IDataObject[] = [];
	const pageSize = () => Math.min(PAGE_SIZE, max - out.length);
	const request = (qs: IDataObject, url = options.url) => send({ ...requestData, options: { ...options, url, qs } });

	if (list.style === 'offset') {
		for (let offset = 0; out.length < max;) {
			const page = envelopeOf(await request({ ...baseQs, limit: pageSize(), offset }));
			const results = page.results ?? [];
			out.push(...results);
			offset += results.length;
			if (!page.next || results.length === 0) break;
		}
	} else if (list.style === 'time') {
		// before_time is strict and several items can share a second, so the next page asks for
		// "older than oldest + 1" and skips, with offset, the items of that second already taken.
		const keyOf = list.keyOf ?? ((item: IDataObject) => JSON.stringify(item));
		const seen = new Set<string>();
		const times: number[] = [];
		let qs: IDataObject = { ...baseQs, limit: pageSize() };
		while (out.length < max) {
			const page = envelopeOf(await request(qs));
			const fresh = (page.results ?? []).filter((item) => !seen.has(keyOf(item)));
			for (const item of fresh) {
				seen.add(keyOf(item));
				times.push(list.timeOf!(item));
			}
			out.push(...fresh);
			if (!page.next || fresh.length === 0) break;
			const oldest = Math.min(...times.filter(Number.isFinite));
			if (!Number.isFinite(oldest)) break;
			const takenAtOldest = times.filter((time) => time === oldest).length;
			qs = { ...baseQs, limit: pageSize(), before_time: oldest + 1, ...(takenAtOldest ? { offset: takenAtOldest } : {}) };
		}
	} else {
		let page = envelopeOf(await request({ ...baseQs, limit: Math.min(PAGE_SIZE, max) }));
		out.push(...(page.results ?? []));
		while (out.length < max && page.next) {
			page = envelopeOf(await request({}, page.next));
			if (!page.results?.length) break;
			out.push(...page.results);
		}
	}
	return out.slice(0, max).map((json) => ({ json }));
}
