import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export const conversationDelete: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation and all its messages',
	// The doc's path is singular here: /conversation/<id>/delete/.
	routing: { request: { method: 'DELETE', url: '/tenants/{tenantId}/conversation/{conversationId}/delete/' } },
};

export const conversationDeleteDescription: INodeProperties[] = [
	{
		displayName: 'This deletes the conversation and every message in it. It cannot be undone.',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['conversation'], operation: ['delete'] } },
	},
];
