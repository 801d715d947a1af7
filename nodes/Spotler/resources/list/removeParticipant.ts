import { channelLocator, contactField, forOperation, listLocator } from '../../shared/descriptions';
import { operation, successOutput } from '../../shared/routing';

export const listRemoveParticipant = operation({
	name: 'Remove Participant',
	value: 'removeParticipant',
	action: 'Remove a contact from a list',
	description: 'Remove a contact from a contact list',
	method: 'DELETE',
	path: '/channels/{channel}/lists/{list}/participants/{contact}',
	output: [successOutput()],
});

export const listRemoveParticipantFields = forOperation('list', 'removeParticipant', [channelLocator, listLocator, contactField]);
