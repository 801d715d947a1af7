import type { INodePropertyOptions } from 'n8n-workflow';

/** The conversation comes from the resource's conversation locator (index.ts). */
export const conversationGet: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a conversation',
	description: 'Get the details of a conversation',
	routing: { request: { method: 'GET', url: '/tenants/{tenantId}/conversations/{conversationId}/details/' } },
};
