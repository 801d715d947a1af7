import { companyLocator, forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const assistantGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many assistants',
	description: 'List the assistants (bots) of the company',
	method: 'GET',
	path: '/companies/{company}/assistants',
	output: [listOutput()],
});

export const assistantGetAllFields = forOperation('assistant', 'getAll', [companyLocator, ...returnAllFields({})]);
