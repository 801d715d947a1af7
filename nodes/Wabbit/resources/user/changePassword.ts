import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const userChangePasswordDescription: INodeProperties[] = [
	{
		displayName: 'Current Password',
		name: 'currentPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		displayOptions: showFor('user', ['changePassword']),
		routing: { send: { type: 'body', property: 'current_password' } },
	},
	{
		displayName: 'New Password',
		name: 'newPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: 'At least 8 characters. Update the n8n credential afterwards if it uses this user\'s password.',
		displayOptions: showFor('user', ['changePassword']),
		routing: { send: { type: 'body', property: 'new_password' } },
	},
];

/** Wabbit answers {}; the item confirms without echoing any password. */
export async function passwordChangedOutput(this: IExecuteSingleFunctions, _items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return [{ json: { success: true } }];
}
