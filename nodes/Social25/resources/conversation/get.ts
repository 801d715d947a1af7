import { operation } from '../../shared/operations';

/** The conversation comes from the resource's conversation locator (index.ts). */
export const conversationGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get a conversation',
	description: 'Get the details of a conversation',
	method: 'GET',
	path: '/tenants/{tenantId}/conversations/{conversationId}/details/',
});
