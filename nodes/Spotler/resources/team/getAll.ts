import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { companyLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const teamGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many teams',
	description: 'List the teams of the company',
	method: 'GET',
	path: '/companies/{company}/teams',
	output: [listOutput()],
});

export const teamGetAllFields = forOperation('team', 'getAll', [companyLocator, ...returnAllAndLimit({})]);
