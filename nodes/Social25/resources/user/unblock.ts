import type { INodePropertyOptions } from 'n8n-workflow';

export const userUnblock: INodePropertyOptions = {
	name: 'Unblock',
	value: 'unblock',
	action: 'Unblock a user',
	description: "Unblock the customer of a conversation on that conversation's platform",
	// The curl path, as for Block.
	routing: { request: { method: 'POST', url: '/tenants/{tenantId}/conversation/{conversationId}/unblock/' } },
};
