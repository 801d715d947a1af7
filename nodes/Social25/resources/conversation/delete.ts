import { forOperation } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const conversationDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation and all its messages',
	method: 'DELETE',
	// The doc's path is singular here: /conversation/<id>/delete/.
	path: '/tenants/{tenantId}/conversation/{conversationId}/delete/',
});

export const conversationDeleteFields = forOperation('conversation', 'delete', [
	{ displayName: 'This deletes the conversation and every message in it. It cannot be undone.', name: 'deleteNotice', type: 'notice', default: '' },
]);
