import type { DeclarativeRestApiSettings, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

interface Page {
	count: number;
	next: string | null;
	results: unknown[];
}

function isPage(value: unknown): value is Page {
	return !!value && typeof value === 'object' && Array.isArray((value as Page).results) && 'next' in value && 'count' in value;
}

/**
 * Social25 lists come as {count, next, previous, results} pages. This unwraps `results` into
 * items and, for Return All (or until Limit is reached), follows `next`. Only the query of `next`
 * is used, on the operation's own URL: DRF behind Heroku's proxy may write `next` with http://
 * or another host. Anything that is not a page passes through unchanged.
 */
export async function paginateSocial25(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	send: (requestData: DeclarativeRestApiSettings.ResultOptions) => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', true) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
	const items: INodeExecutionData[] = [];
	const followed = new Set<string>();
	let request = requestData;
	for (;;) {
		const response = await send(request);
		if (response.length !== 1 || !isPage(response[0].json)) return response;
		const page = response[0].json as unknown as Page;
		items.push(...page.results.map((json) => ({ json: json as INodeExecutionData['json'] })));
		if (!page.next || items.length >= limit) break;
		const nextQuery = new URL(page.next).searchParams;
		// A `next` seen before would loop forever; stop instead.
		if (followed.has(nextQuery.toString())) break;
		followed.add(nextQuery.toString());
		request = { ...requestData, options: { ...requestData.options, qs: { ...requestData.options.qs, ...Object.fromEntries(nextQuery) } } };
	}
	return items.slice(0, limit);
}
