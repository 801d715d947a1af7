import { forOperation, toBody } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const commentCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Comment on a conversation',
	description: 'Add an internal comment to a conversation; agents see it, the customer does not',
	method: 'POST',
	path: '/channels/{channel}/conversations/{contact}/comments',
});

export const commentCreateFields = forOperation('comment', 'create', [
	channelLocator,
	contactField,
	{ displayName: 'Comment', name: 'body', type: 'string', typeOptions: { rows: 3 }, default: '', required: true, placeholder: 'Order #51616 has been delivered', routing: toBody('body') },
]);
