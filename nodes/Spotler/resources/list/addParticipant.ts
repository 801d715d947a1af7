import { forOperation, successOutput } from '../../../shared/operations';
import { channelLocator, contactField, listLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const listAddParticipant = operation({
	name: 'Add Participant',
	value: 'addParticipant',
	action: 'Add a contact to a list',
	description: 'Add a contact to a contact list',
	method: 'POST',
	path: '/channels/{channel}/lists/{list}/participants/{contact}',
	output: [successOutput()],
});

export const listAddParticipantFields = forOperation('list', 'addParticipant', [channelLocator, listLocator, contactField]);
