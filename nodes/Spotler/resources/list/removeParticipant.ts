import { forOperation, successOutput } from '../../../shared/operations';
import { channelLocator, contactField, listLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

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
