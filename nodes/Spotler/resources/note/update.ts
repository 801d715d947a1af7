import { collection, forOperation, toBody } from '../../../shared/operations';
import { channelLocator, contactField, noteIdField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const noteUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a note',
	description: 'Change the text of a note, pin it, or make it read-only',
	method: 'PATCH',
	path: '/channels/{channel}/contacts/{contact}/notes/{noteId}',
});

export const noteUpdateFields = forOperation('note', 'update', [
	channelLocator,
	contactField,
	noteIdField,
	collection('Update Fields', 'updateFields', 'Add Field', [
		{ displayName: 'Note', name: 'body', type: 'string', typeOptions: { rows: 3 }, default: '', routing: toBody('body') },
		{ displayName: 'Pinned', name: 'isPinned', type: 'boolean', default: true, description: 'Whether the note stays on top', routing: toBody('isPinned') },
		{ displayName: 'Read-Only', name: 'isReadOnly', type: 'boolean', default: true, description: 'Whether agents can no longer change the note', routing: toBody('isReadOnly') },
		{ displayName: 'Reference ID', name: 'referenceId', type: 'string', default: '', routing: toBody('referenceId') },
	]),
]);
