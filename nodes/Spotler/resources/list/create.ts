import { forOperation, toBody } from '../../../shared/operations';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const listCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a list',
	description: 'Create a contact list on a channel',
	method: 'POST',
	path: '/channels/{channel}/lists',
});

export const listCreateFields = forOperation('list', 'create', [
	channelLocator,
	{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'Marketing campaign', routing: toBody('name') },
]);
