import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const groupGetMany = operation({
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many groups',
	// Wabbit API: GET /groups/, path inferred.
	description: 'List user groups, e.g. Admin, Regular user, App integration',
	method: 'GET',
	path: '/groups/',
});

export const groupGetManyFields = forOperation('group', 'getMany', returnAllAndLimit({}));
