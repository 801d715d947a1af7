import { forOperation } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const userDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a user',
	description: 'Delete a customer with all their conversations and messages',
	method: 'DELETE',
	path: '/tenants/{tenantId}/user/{userId}/delete/',
});

export const userDeleteFields = forOperation('user', 'delete', [
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		default: '',
		required: true,
		description: 'The uuid of the customer (the user.ID of a conversation)',
	},
]);
