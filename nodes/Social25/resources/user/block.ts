import type { INodePropertyOptions } from 'n8n-workflow';

export const userBlock: INodePropertyOptions = {
	name: 'Block',
	value: 'block',
	action: 'Block a user',
	description: "Block the customer of a conversation on that conversation's platform",
	// The curl path (/conversation/<id>/block/); the HTTP Request line says /user/<id>/block/.
	routing: { request: { method: 'POST', url: '/tenants/{tenantId}/conversation/{conversationId}/block/' } },
};
