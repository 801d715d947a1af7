import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { companyLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const labelGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many labels',
	description: 'List the labels of the company',
	method: 'GET',
	path: '/companies/{company}/labels',
	output: [listOutput()],
});

export const labelGetAllFields = forOperation('label', 'getAll', [companyLocator, ...returnAllAndLimit({})]);
