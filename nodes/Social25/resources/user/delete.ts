import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export const userDelete: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a user',
	description: 'Delete a customer with all their conversations and messages',
	routing: { request: { method: 'DELETE', url: '/tenants/{tenantId}/user/{userId}/delete/' } },
};

export const userDeleteDescription: INodeProperties[] = [
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		default: '',
		required: true,
		description: 'The uuid of the customer (the user.ID of a conversation)',
		displayOptions: { show: { resource: ['user'], operation: ['delete'] } },
	},
];
