import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const userSetPasswordDescription: INodeProperties[] = [
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: 'The user\'s new password, at least 8 characters',
		displayOptions: showFor('user', ['setPassword']),
		routing: { send: { type: 'body', property: 'password' } },
	},
];
