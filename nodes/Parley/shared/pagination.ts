import { NodeOperationError, type DeclarativeRestApiSettings, type IDataObject, type IExecutePaginationFunctions, type INodeExecutionData } from 'n8n-workflow';

import { resultIdOf } from './envelope';
import { MAX_PAGE_SIZE, pagePath, type SearchFilterValues } from './search';

/** Return All and the trigger ask for at most this many pages in one go (10,000 results). */
export const MAX_PAGES = 100;

export interface PageWalk<T> {
	/** One page of up to `pageSize` results from `offset`; `first` is true for the first request only. */
	fetch(offset: number, first: boolean): Promise<T[]>;
	idOf(item: T): number | undefined;
	pageSize: number;
	/** A new-results search: the server drops what it returned, so every page starts at offset 0. */
	marksSeen: boolean;
}

/**
 * Pages through a search, pairing results by id: a result seen on an earlier page is not kept
 * twice. Stops on a short page, or on a full page with nothing new (a server that ignores the
 * offset, or the new-results mark: then the offset advances once more before giving up), or after
 * MAX_PAGES (`capped`).
 */
export async function walkPages<T>(walk: PageWalk<T>): Promise<{ items: T[]; capped: boolean }> {
	const items: T[] = [];
	const seen = new Set<number>();
	let advance = !walk.marksSeen;
	let offset = 0;
	for (let page = 0; page < MAX_PAGES; page++) {
		const got = await walk.fetch(offset, page === 0);
		const fresh = got.filter((item) => {
			const id = walk.idOf(item);
			if (id === undefined) return true;
			if (seen.has(id)) return false;
			seen.add(id);
			return true;
		});
		items.push(...fresh);
		if (got.length < walk.pageSize) return { items, capped: false };
		if (fresh.length === 0) {
			if (advance) return { items, capped: false };
			// The new-results mark did not drop what was returned: read on by offset instead.
			advance = true;
			offset = items.length;
			continue;
		}
		offset = advance ? offset + got.length : 0;
	}
	return { items, capped: true };
}

/** A result item's id, also when Simplify has put the result under `raw`. */
function itemResultId(item: INodeExecutionData): number | undefined {
	const json = item.json as IDataObject & { raw?: IDataObject };
	return resultIdOf(json.raw && json.provider === 'parley' ? json.raw : json);
}

/**
 * The driver's paginate step. Result searches page with the /limit:N/offset:M/ path segments;
 * every other operation is one request.
 */
export async function paginateResultSearch(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	send: (requestData: DeclarativeRestApiSettings.ResultOptions) => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	const isSearch = this.getNodeParameter('resource', '') === 'result' && this.getNodeParameter('operation', '') === 'search';
	if (!isSearch) return await send(requestData);
	const path = String(requestData.options.url);
	const filters = this.getNodeParameter('filters', {}) as SearchFilterValues;
	const withPage = (url: string, limit: number, offset: number) => ({ ...requestData, options: { ...requestData.options, url: pagePath(url, limit, offset) } });
	if (!this.getNodeParameter('returnAll', false)) {
		return await send(withPage(path, this.getNodeParameter('limit', 50) as number, filters.offset ?? 0));
	}
	// A reset applies to the first page only; later pages ask for new results.
	const later = path.replace('/new+results:reset/', '/new+results:true/');
	const { items, capped } = await walkPages({
		fetch: async (offset, first) => await send(withPage(first ? path : later, MAX_PAGE_SIZE, offset)),
		idOf: itemResultId,
		pageSize: MAX_PAGE_SIZE,
		marksSeen: filters.newResults === 'true' || filters.newResults === 'reset',
	});
	if (capped) {
		throw new NodeOperationError(this.getNode(), `Return All stopped after ${MAX_PAGES} pages (${items.length} results)`, {
			description: 'Parley kept answering full pages of new results. Narrow the search with filters, or turn Return All off and page with Limit and Offset.',
		});
	}
	return items;
}
