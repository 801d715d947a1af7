import { companyLocator, forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const labelGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many labels',
	description: 'List the labels of the company',
	method: 'GET',
	path: '/companies/{company}/labels',
	output: [listOutput()],
});

export const labelGetAllFields = forOperation('label', 'getAll', [companyLocator, ...returnAllFields({})]);
