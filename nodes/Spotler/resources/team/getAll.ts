import { companyLocator, forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const teamGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many teams',
	description: 'List the teams of the company',
	method: 'GET',
	path: '/companies/{company}/teams',
	output: [listOutput()],
});

export const teamGetAllFields = forOperation('team', 'getAll', [companyLocator, ...returnAllFields({})]);
