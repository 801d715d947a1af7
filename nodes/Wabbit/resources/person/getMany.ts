import { collection, forOperation, returnAllAndLimit, toQuery } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const personGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many persons',
	description: 'List WhatsApp users the inbox has talked to, most recent first',
	method: 'GET',
	path: '/persons/',
});

export const personGetManyFields = forOperation('person', 'getMany', [
	...returnAllAndLimit({}),
	collection('Filters', 'filters', 'Add Filter', [
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Only persons whose name or number contains this text',
			routing: toQuery('search'),
		},
	]),
]);
