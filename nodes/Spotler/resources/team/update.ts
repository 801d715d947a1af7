import { collection, forOperation, toBody } from '../../../shared/operations';
import { companyLocator, teamLocator } from '../../shared/descriptions';
import { metadataField, metadataToBody } from '../../shared/metadata';
import { operation } from '../../shared/operations';

export const teamUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a team',
	description: 'Rename a team or change its colour, reference or metadata',
	method: 'PATCH',
	path: '/companies/{company}/teams/{team}',
	preSend: [metadataToBody('updateFields.metadata')],
});

export const teamUpdateFields = forOperation('team', 'update', [
	companyLocator,
	teamLocator,
	collection('Update Fields', 'updateFields', 'Add Field', [
		{ displayName: 'Color', name: 'color', type: 'number', typeOptions: { minValue: 0 }, default: 8, description: 'A colour number', routing: toBody('color') },
		metadataField,
		{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: toBody('name') },
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '', description: 'Your own ID for the team', routing: toBody('reference') },
	]),
]);
