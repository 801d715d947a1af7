import { forOperation, successOutput, toBody } from '../../../shared/operations';
import { requireParameters } from '../../../shared/validation';
import { operation } from '../../shared/operations';

/** Its User field is Get's (get.ts). */
export const userSetPassword = operation({
	name: 'Set Password',
	value: 'setPassword',
	action: 'Set the password of a user',
	// Wabbit API: POST /users/{ID}/password/change/, method inferred.
	description: "Set another user's password; admins only",
	method: 'POST',
	path: '/users/{user}/password/change/',
	preSend: [requireParameters({ password: 'Password' })],
	// Wabbit answers {}; the item confirms without echoing any password.
	output: [successOutput()],
});

export const userSetPasswordFields = forOperation('user', 'setPassword', [
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: "The user's new password, at least 8 characters",
		routing: toBody('password'),
	},
]);
