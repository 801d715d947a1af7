import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const ROLE_OPTIONS = [
	{ name: 'Admin', value: 'admin' },
	{ name: 'App (Bot or Integration)', value: 'app' },
	{ name: 'Regular User', value: 'user' },
];

export const userCreateDescription: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		required: true,
		description: 'Letters and digits only',
		displayOptions: showFor('user', ['create', 'replace']),
		routing: { send: { type: 'body', property: 'username' } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		displayOptions: showFor('user', ['create', 'replace']),
		routing: { send: { type: 'body', property: 'email' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('user', ['create']),
		options: [
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', routing: { send: { type: 'body', property: 'first_name' } } },
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', routing: { send: { type: 'body', property: 'last_name' } } },
			{
				displayName: 'Role',
				name: 'role',
				type: 'options',
				options: ROLE_OPTIONS,
				default: 'user',
				description: 'App users get their token from the activation URL in the output',
				routing: { send: { type: 'body', property: 'profile', value: '={{ { "role": $value } }}' } },
			},
		],
	},
];
