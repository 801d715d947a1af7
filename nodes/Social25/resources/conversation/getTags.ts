import { operation } from '../../shared/operations';

export const conversationGetTags = operation({
	name: 'Get Tags',
	value: 'getTags',
	action: 'Get the conversation tags',
	description: "List the tags used on the tenant's conversations",
	method: 'GET',
	path: '/tenants/{tenantId}/conversations/tags/',
});
