import { operation } from '../../shared/operations';

export const userUnblock = operation({
	name: 'Unblock',
	value: 'unblock',
	action: 'Unblock a user',
	description: "Unblock the customer of a conversation on that conversation's platform",
	method: 'POST',
	// The curl path, as for Block.
	path: '/tenants/{tenantId}/conversation/{conversationId}/unblock/',
});
