import type { INodeProperties } from 'n8n-workflow';

import { limitParameters } from '../../../shared/limits';
import { requireParameters } from '../../../shared/validation';
import { idOf, setPath } from '../../shared/descriptions';
import { WABBIT_LIMITS } from '../../shared/limits';
import { passwordChangedOutput, userChangePasswordDescription } from './changePassword';
import { userCreateDescription } from './create';
import { userGetDescription } from './get';
import { userGetManyDescription } from './getMany';
import { userSetPasswordDescription } from './setPassword';
import { prepareUserReplace, prepareUserUpdate, userUpdateDescription } from './update';

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Change My Password',
				value: 'changePassword',
				action: 'Change my password',
				// Wabbit API: PUT /users/password/change/, inferred.
				description: 'Change the password of the credential\'s user',
				routing: {
					request: { method: 'PUT', url: '/users/password/change/' },
					send: { preSend: [requireParameters({ currentPassword: 'Current Password', newPassword: 'New Password' })] },
					output: { postReceive: [passwordChangedOutput] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user',
				// Wabbit API: POST /users/, inferred.
				description: 'Create a user; admins only. Open the activation URL in the output once to activate the user.',
				routing: {
					request: { method: 'POST', url: '/users/' },
					send: {
						preSend: [
							requireParameters({ username: 'Username', email: 'Email' }),
							limitParameters({
								username: ['Username', WABBIT_LIMITS.userName],
								'additionalFields.firstName': ['First Name', WABBIT_LIMITS.userName],
								'additionalFields.lastName': ['Last Name', WABBIT_LIMITS.userName],
							}),
						],
					},
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Get a user with groups and permissions',
				routing: { request: { method: 'GET', url: '' }, send: { preSend: [setPath((ctx) => `/users/${idOf(ctx, 'user', 'User')}/`)] } },
			},
			{
				name: 'Get Current',
				value: 'getCurrent',
				action: 'Get the current user',
				description: 'Get the user the credential authenticates as',
				routing: { request: { method: 'GET', url: '/users/current/' } },
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many users',
				// Wabbit API: GET /users/, path inferred.
				description: 'List the inbox\'s users',
				routing: { request: { method: 'GET', url: '/users/' } },
			},
			{
				name: 'Replace',
				value: 'replace',
				action: 'Replace a user',
				// Wabbit API: PUT /users/{ID}/, method inferred.
				description: 'Set every field of a user: username, email, groups and permissions',
				routing: { request: { method: 'PUT', url: '' }, send: { preSend: [prepareUserReplace] } },
			},
			{
				name: 'Set Password',
				value: 'setPassword',
				action: 'Set the password of a user',
				// Wabbit API: POST /users/{ID}/password/change/, method inferred.
				description: 'Set another user\'s password; admins only',
				routing: {
					request: { method: 'POST', url: '' },
					send: { preSend: [requireParameters({ password: 'Password' }), setPath((ctx) => `/users/${idOf(ctx, 'user', 'User')}/password/change/`)] },
					output: { postReceive: [passwordChangedOutput] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				// Wabbit API: PATCH /users/{ID}/, method inferred.
				description: 'Change some fields of a user; admins, or the user themself',
				routing: { request: { method: 'PATCH', url: '' }, send: { preSend: [prepareUserUpdate] } },
			},
		],
		default: 'getCurrent',
	},
	...userGetDescription,
	...userCreateDescription,
	...userUpdateDescription,
	...userChangePasswordDescription,
	...userSetPasswordDescription,
	...userGetManyDescription,
];
