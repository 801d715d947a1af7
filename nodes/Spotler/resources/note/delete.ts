import { forOperation, successOutput } from '../../../shared/operations';
import { channelLocator, contactField, noteIdField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const noteDelete = operation({
	name: 'Delete',
	value: 'delete',
	action: 'Delete a note',
	description: 'Delete a note of a contact',
	method: 'DELETE',
	path: '/channels/{channel}/contacts/{contact}/notes/{noteId}',
	output: [successOutput()],
});

export const noteDeleteFields = forOperation('note', 'delete', [channelLocator, contactField, noteIdField]);
