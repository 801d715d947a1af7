import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const tagGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many tags',
	// Wabbit API: GET /tags/, path inferred.
	description: "List the inbox's tags",
	method: 'GET',
	path: '/tags/',
});

export const tagGetManyFields = forOperation('tag', 'getMany', returnAllAndLimit({}));
