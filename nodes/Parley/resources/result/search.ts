import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { fieldError } from '../../../shared/validation';
import { searchProfileLocator } from '../../shared/descriptions';
import { commonFilterOptions, MAX_PAGE_SIZE, searchPath, sourcesField, type SearchFilterValues } from '../../shared/search';

const showOnlyForResultSearch = { operation: ['search'], resource: ['result'] };

const searchOnlyFilters: INodeProperties[] = [
	{
		displayName: 'New Results',
		name: 'newResults',
		type: 'options',
		default: 'true',
		options: [
			{ name: 'Only New Results', value: 'true', description: 'Only results no earlier search with this filter returned' },
			{ name: 'Reset, Then Return Results', value: 'reset', description: 'Forget what was returned before; every result counts as new again' },
		],
	},
	{
		displayName: 'Offset',
		name: 'offset',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'How many matching results to skip (ignored with Return All)',
	},
	{
		displayName: 'Order',
		name: 'order',
		type: 'options',
		default: 'most+recent',
		options: [
			{ name: 'Least Recent First', value: 'least+recent' },
			{ name: 'Most Recent First', value: 'most+recent' },
		],
	},
	{
		displayName: 'Since ID',
		name: 'sinceId',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Only results with a higher result ID than this one',
	},
];

export const resultSearchDescription: INodeProperties[] = [
	{ ...searchProfileLocator, displayOptions: { show: showOnlyForResultSearch } },
	{ ...sourcesField, displayOptions: { show: showOnlyForResultSearch } },
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: { show: showOnlyForResultSearch },
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_PAGE_SIZE },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { ...showOnlyForResultSearch, returnAll: [false] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showOnlyForResultSearch },
		options: [...commonFilterOptions, ...searchOnlyFilters].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

/** Builds the filter path; paging segments are added by the node's paginate step (paging.ts). */
export async function prepareResultSearch(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const profile = String(this.getNodeParameter('searchProfile', '', { extractValue: true }) ?? '');
	const sources = this.getNodeParameter('sources', []) as string[];
	const filters = this.getNodeParameter('filters', {}) as SearchFilterValues;
	requestOptions.url = searchPath(profile, sources, filters, (field, problem) => {
		throw fieldError(this, `"${field}"`, problem);
	});
	return requestOptions;
}
