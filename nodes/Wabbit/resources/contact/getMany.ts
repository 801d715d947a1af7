import { forOperation, returnAllAndLimit, toQuery } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const contactGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many contacts',
	// Wabbit API: GET /contacts/, path inferred.
	description: 'List or search contacts in the connected Contact Providers; Return All follows the next links',
	method: 'GET',
	path: '/contacts/',
});

export const contactGetManyFields = forOperation('contact', 'getMany', [
	...returnAllAndLimit({}),
	{
		displayName: 'Search',
		name: 'search',
		type: 'string',
		default: '',
		description: 'Each Contact Provider searches its own data (often name and phone number). Searching is slow on some providers.',
		routing: toQuery('search', '={{ $value || undefined }}'),
	},
]);
