import { operation } from '../../shared/operations';

export const userBlock = operation({
	name: 'Block',
	value: 'block',
	action: 'Block a user',
	description: "Block the customer of a conversation on that conversation's platform",
	method: 'POST',
	// The curl path (/conversation/<id>/block/); the HTTP Request line says /user/<id>/block/.
	path: '/tenants/{tenantId}/conversation/{conversationId}/block/',
});
