import type { INodeProperties } from 'n8n-workflow';

import { pickerLocator } from '../../shared/operations';

/** The search profile by name, as result searches take it (first path segment). */
export const searchProfileLocator = pickerLocator({
	displayName: 'Search Profile',
	name: 'searchProfile',
	description: 'The search profile whose results to use',
	searchListMethod: 'getSearchProfiles',
	modes: [{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'Customer Service' }],
});

/** The search profile by id, as the case endpoints take it (searchId). */
export const searchIdLocator = pickerLocator({
	displayName: 'Search Profile',
	name: 'searchId',
	description: 'The search profile the case belongs to',
	searchListMethod: 'getSearchIds',
	modes: [
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '101',
			validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'A search profile ID is a whole number' } }],
		},
	],
});

export const resultIdField: INodeProperties = {
	displayName: 'Result ID',
	name: 'resultId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '233001',
	description: 'The unique ID of the result (a message, comment or post)',
};
