import { forOperation, toBody } from '../../../shared/operations';
import { companyLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const teamCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a team',
	description: 'Create a team of agents; names are unique per company',
	method: 'POST',
	path: '/companies/{company}/teams',
});

export const teamCreateFields = forOperation('team', 'create', [
	companyLocator,
	{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'Support', routing: toBody('name') },
]);
