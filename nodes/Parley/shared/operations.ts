import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { operationKit, type Placeholder } from '../../shared/operations';
import { fieldError } from '../../shared/validation';
import { searchSegments, type SearchFilterValues } from './search';

/** Result, case, search profile and handler ids are whole numbers, checked per item before any request. */
function wholeNumber(label: string): Placeholder {
	return {
		label,
		resolve: (ctx, text) => {
			if (text === '') throw fieldError(ctx, `"${label}"`, 'is empty');
			if (!/^\d+$/.test(text)) throw fieldError(ctx, `"${label}"`, `"${text}" is not an ID (a whole number)`);
			return text;
		},
	};
}

/** Result searches put the profile and every filter in the path (search.ts); paging is added per page (pagination.ts). */
function searchFilters(ctx: IExecuteSingleFunctions, profile: string): string {
	const sources = ctx.getNodeParameter('sources', []) as string[];
	const filters = ctx.getNodeParameter('filters', {}) as SearchFilterValues;
	return searchSegments(profile, sources, filters, (field, problem) => {
		throw fieldError(ctx, `"${field}"`, problem);
	});
}

// Parley needs no resolvePath of its own (every path is an operation's); one destructured name keeps tsc from a module-level temporary.
export const { operation } = operationKit({
	resultId: wholeNumber('Result ID'),
	searchId: wholeNumber('Search Profile'),
	caseId: wholeNumber('Case ID'),
	handlerId: wholeNumber('Handler'),
	email: {
		label: 'Email',
		resolve: (ctx, email) => {
			if (!/^[^@\s/]+@[^@\s/]+$/.test(email)) throw fieldError(ctx, '"Email"', `"${email}" is not an e-mail address`);
			return email;
		},
	},
	event: { label: 'Event' },
	// Already encoded segment by segment: the slashes between them are the search syntax.
	filters: { label: 'Search Profile', parameter: 'searchProfile', resolve: searchFilters, encode: (segments) => segments },
});
