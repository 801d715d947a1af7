import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const templateGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many templates',
	// Wabbit API: GET /templates/, path inferred.
	description: 'List message templates with their approval status',
	method: 'GET',
	path: '/templates/',
});

export const templateGetManyFields = forOperation('template', 'getMany', returnAllAndLimit({}));
