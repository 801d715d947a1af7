import { forOperation } from '../../../shared/operations';
import { userLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const userGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a user',
	description: 'Get a user with groups and permissions',
	method: 'GET',
	path: '/users/{user}/',
});

/** Update, Replace and Set Password name the user the same way. */
export const userGetFields = forOperation('user', ['get', 'update', 'replace', 'setPassword'], [userLocator]);
