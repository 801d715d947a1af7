import type { INodePropertyOptions } from 'n8n-workflow';

export const conversationGetTags: INodePropertyOptions = {
	name: 'Get Tags',
	value: 'getTags',
	action: 'Get the conversation tags',
	description: "List the tags used on the tenant's conversations",
	routing: { request: { method: 'GET', url: '/tenants/{tenantId}/conversations/tags/' } },
};
