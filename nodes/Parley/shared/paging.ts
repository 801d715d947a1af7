import type { DeclarativeRestApiSettings, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

import { MAX_PAGE_SIZE, pagePath, type SearchFilterValues } from './search';

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
	let path = String(requestData.options.url);
	const filters = this.getNodeParameter('filters', {}) as SearchFilterValues;
	const withPage = (limit: number, offset: number) => ({ ...requestData, options: { ...requestData.options, url: pagePath(path, limit, offset) } });
	if (!this.getNodeParameter('returnAll', false)) {
		return await send(withPage(this.getNodeParameter('limit', 50) as number, filters.offset ?? 0));
	}
	// A "new results" search marks what it returns as seen, so its next page starts at offset 0
	// again; a reset happens on the first page only.
	const marksSeen = filters.newResults === 'true' || filters.newResults === 'reset';
	const all: INodeExecutionData[] = [];
	for (let offset = 0; ; ) {
		const page = await send(withPage(MAX_PAGE_SIZE, offset));
		all.push(...page);
		if (page.length < MAX_PAGE_SIZE) return all;
		if (marksSeen) path = path.replace('/new+results:reset/', '/new+results:true/');
		else offset += page.length;
	}
}
