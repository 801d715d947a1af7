import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { companyLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const assistantGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many assistants',
	description: 'List the assistants (bots) of the company',
	method: 'GET',
	path: '/companies/{company}/assistants',
	output: [listOutput()],
});

export const assistantGetAllFields = forOperation('assistant', 'getAll', [companyLocator, ...returnAllAndLimit({})]);
