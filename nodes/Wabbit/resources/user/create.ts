import type { INodeProperties } from 'n8n-workflow';

import { limitParameters } from '../../../shared/limits';
import { collection, emailField, forOperation, toBody } from '../../../shared/operations';
import { requireParameters } from '../../../shared/validation';
import { WABBIT_LIMITS } from '../../shared/limits';
import { operation } from '../../shared/operations';

export const ROLE_OPTIONS = [
	{ name: 'Admin', value: 'admin' },
	{ name: 'App (Bot or Integration)', value: 'app' },
	{ name: 'Regular User', value: 'user' },
];

export const userCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a user',
	// Wabbit API: POST /users/, inferred.
	description: 'Create a user; admins only. Open the activation URL in the output once to activate the user.',
	method: 'POST',
	path: '/users/',
	preSend: [
		requireParameters({ username: 'Username', email: 'Email' }),
		limitParameters({
			username: ['Username', WABBIT_LIMITS.userName],
			'additionalFields.firstName': ['First Name', WABBIT_LIMITS.userName],
			'additionalFields.lastName': ['Last Name', WABBIT_LIMITS.userName],
		}),
	],
});

/** Replace sends the same Username and Email. */
const identityFields: INodeProperties[] = forOperation(
	'user',
	['create', 'replace'],
	[
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'Letters and digits only',
			routing: toBody('username'),
		},
		emailField({
			required: true,
			routing: toBody('email'),
		}),
	],
);

export const userCreateFields = [
	...identityFields,
	...forOperation('user', 'create', [
		collection('Additional Fields', 'additionalFields', 'Add Field', [
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', routing: toBody('first_name') },
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', routing: toBody('last_name') },
			{
				displayName: 'Role',
				name: 'role',
				type: 'options',
				options: ROLE_OPTIONS,
				default: 'user',
				description: 'App users get their token from the activation URL in the output',
				routing: toBody('profile', '={{ { "role": $value } }}'),
			},
		]),
	]),
];
