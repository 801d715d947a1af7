import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const userGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many users',
	// Wabbit API: GET /users/, path inferred.
	description: "List the inbox's users",
	method: 'GET',
	path: '/users/',
});

export const userGetManyFields = forOperation('user', 'getMany', returnAllAndLimit({}));
