import { companyLocator, forOperation, returnAllFields } from '../../shared/descriptions';
import { listOutput, operation } from '../../shared/routing';

export const agentGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many agents',
	description: 'List the agents of the company',
	method: 'GET',
	path: '/companies/{company}/agents',
	output: [listOutput()],
});

export const agentGetAllFields = forOperation('agent', 'getAll', [companyLocator, ...returnAllFields({})]);
