import { forOperation, listOutput, returnAllAndLimit } from '../../../shared/operations';
import { companyLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const agentGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many agents',
	description: 'List the agents of the company',
	method: 'GET',
	path: '/companies/{company}/agents',
	output: [listOutput()],
});

export const agentGetAllFields = forOperation('agent', 'getAll', [companyLocator, ...returnAllAndLimit({})]);
