import { collection, forOperation, toBody } from '../../../shared/operations';
import { channelLocator, contactField } from '../../shared/descriptions';
import { metadataField, metadataToBody } from '../../shared/metadata';
import { operation } from '../../shared/operations';

export const contactUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a contact',
	description: 'Change the name, reference, remarks or metadata of a contact',
	method: 'PATCH',
	path: '/channels/{channel}/contacts/{contact}',
	preSend: [metadataToBody('updateFields.metadata')],
});

export const contactUpdateFields = forOperation('contact', 'update', [
	channelLocator,
	contactField,
	collection('Update Fields', 'updateFields', 'Add Field', [
		metadataField,
		{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: toBody('name') },
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '', routing: toBody('reference') },
		{ displayName: 'Remarks', name: 'remarks', type: 'string', default: '', routing: toBody('remarks') },
	]),
]);
