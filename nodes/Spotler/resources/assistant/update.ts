import { collection, forOperation, toBody } from '../../../shared/operations';
import { assistantLocator, companyLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const assistantUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update an assistant',
	description: 'Change the name, description, colour or enabled state of an assistant',
	method: 'PATCH',
	path: '/companies/{company}/assistants/{assistant}',
});

export const assistantUpdateFields = forOperation('assistant', 'update', [
	companyLocator,
	assistantLocator,
	collection('Update Fields', 'updateFields', 'Add Field', [
		{ displayName: 'Color', name: 'color', type: 'number', typeOptions: { minValue: 0 }, default: 8, description: 'A colour number', routing: toBody('color') },
		{ displayName: 'Description', name: 'description', type: 'string', default: '', routing: toBody('description') },
		{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether the assistant handles conversations', routing: toBody('enabled') },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: toBody('name') },
	]),
]);
