import type { INodeProperties } from 'n8n-workflow';

import { collection, forOperation } from '../../../shared/operations';
import { simplifyResults } from '../../shared/common-message';
import { searchProfileLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';
import { outputResults } from '../../shared/output';
import { commonFilterOptions, MAX_PAGE_SIZE, sourcesField } from '../../shared/search';

/** The filters go in the path (shared/operations.ts, search.ts); the node's paginate step adds the paging segments (pagination.ts). */
export const resultSearch = operation({
	name: 'Search',
	value: 'search',
	action: 'Search results in a search profile',
	description: 'Get the results of a search profile, filtered',
	method: 'GET',
	path: '/results/{filters}',
	output: [outputResults, simplifyResults],
});

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

export const resultSearchFields: INodeProperties[] = forOperation('result', 'search', [
	searchProfileLocator,
	sourcesField,
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_PAGE_SIZE },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
	collection(
		'Filters',
		'filters',
		'Add Filter',
		[...commonFilterOptions, ...searchOnlyFilters].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	),
]);
