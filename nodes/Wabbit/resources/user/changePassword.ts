import { forOperation, successOutput, toBody } from '../../../shared/operations';
import { requireParameters } from '../../../shared/validation';
import { operation } from '../../shared/operations';

export const userChangePassword = operation({
	name: 'Change My Password',
	value: 'changePassword',
	action: 'Change my password',
	// Wabbit API: PUT /users/password/change/, inferred.
	description: "Change the password of the credential's user",
	method: 'PUT',
	path: '/users/password/change/',
	preSend: [requireParameters({ currentPassword: 'Current Password', newPassword: 'New Password' })],
	// Wabbit answers {}; the item confirms without echoing any password.
	output: [successOutput()],
});

export const userChangePasswordFields = forOperation('user', 'changePassword', [
	{
		displayName: 'Current Password',
		name: 'currentPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		routing: toBody('current_password'),
	},
	{
		displayName: 'New Password',
		name: 'newPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: "At least 8 characters. Update the n8n credential afterwards if it uses this user's password.",
		routing: toBody('new_password'),
	},
]);
