import { collection, forOperation, toBody } from '../../../shared/operations';
import { companyLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const labelCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a label',
	description: 'Create a label for conversations; names are unique per company',
	method: 'POST',
	path: '/companies/{company}/labels',
});

export const labelCreateFields = forOperation('label', 'create', [
	companyLocator,
	{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'Support', routing: toBody('name') },
	collection('Additional Fields', 'additionalFields', 'Add Field', [{ displayName: 'Description', name: 'description', type: 'string', default: '', routing: toBody('description') }]),
]);
