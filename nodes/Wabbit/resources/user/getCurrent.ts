import { operation } from '../../shared/operations';

export const userGetCurrent = operation({
	name: 'Get Current',
	value: 'getCurrent',
	action: 'Get the current user',
	description: 'Get the user the credential authenticates as',
	method: 'GET',
	path: '/users/current/',
});
