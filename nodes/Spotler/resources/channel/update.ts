import { collection, forOperation, toBody } from '../../../shared/operations';
import { channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const channelUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a channel',
	description: 'Rename a channel or change its priority',
	method: 'PATCH',
	path: '/channels/{channel}',
});

export const channelUpdateFields = forOperation('channel', 'update', [
	channelLocator,
	collection('Update Fields', 'updateFields', 'Add Field', [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: toBody('name') },
		{ displayName: 'Priority', name: 'priority', type: 'number', typeOptions: { minValue: 0 }, default: 0, routing: toBody('priority') },
	]),
]);
