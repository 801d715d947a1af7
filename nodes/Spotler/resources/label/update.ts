import { collection, forOperation, toBody } from '../../../shared/operations';
import { companyLocator, labelLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const labelUpdate = operation({
	name: 'Update',
	value: 'update',
	action: 'Update a label',
	description: 'Rename a label or change its colour or priority',
	method: 'PATCH',
	path: '/companies/{company}/labels/{label}',
});

export const labelUpdateFields = forOperation('label', 'update', [
	companyLocator,
	labelLocator,
	collection('Update Fields', 'updateFields', 'Add Field', [
		{ displayName: 'Color', name: 'color', type: 'number', typeOptions: { minValue: 0 }, default: 8, description: 'A colour number', routing: toBody('color') },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', routing: toBody('name') },
		{ displayName: 'Priority', name: 'priority', type: 'number', typeOptions: { minValue: 0 }, default: 0, routing: toBody('priority') },
	]),
]);
