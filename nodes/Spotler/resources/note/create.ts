import { collection, forOperation, toBody } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const noteCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a note',
	description: 'Add a note to a contact',
	method: 'POST',
	path: '/channels/{channel}/contacts/{contact}/notes',
});

export const noteCreateFields = forOperation('note', 'create', [
	channelLocator,
	contactField,
	{ displayName: 'Note', name: 'body', type: 'string', typeOptions: { rows: 3 }, default: '', required: true, placeholder: 'Customer number #63553', routing: toBody('body') },
	collection('Additional Fields', 'additionalFields', 'Add Field', [
		{
			displayName: 'Reference ID',
			name: 'referenceId',
			type: 'string',
			default: '',
			placeholder: 'CUSTOMER_NUMBER',
			description: 'Your own key for the note, e.g. to find it again',
			routing: toBody('referenceId'),
		},
	]),
]);
