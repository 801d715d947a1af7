import { collection, forOperation, toBody } from '../../../shared/operations';
import { automatedMessageTypeField, channelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const automatedMessageUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update an automated message',
	description: 'Change the text of the greeting or away message, or turn it on or off',
	method: 'PATCH',
	path: '/channels/{channel}/automated-messages/{automatedMessageType}',
});

export const automatedMessageUpdateFields = forOperation('automatedMessage', 'update', [
	channelLocator,
	automatedMessageTypeField,
	collection('Update Fields', 'updateFields', 'Add Field', [
		{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether the message is sent', routing: toBody('enabled') },
		{ displayName: 'Text', name: 'body', type: 'string', typeOptions: { rows: 3 }, default: '', routing: toBody('body') },
	]),
]);
