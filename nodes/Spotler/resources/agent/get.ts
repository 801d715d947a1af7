import { forOperation } from '../../../shared/operations';
import { agentLocator, companyLocator } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

export const agentGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get an agent',
	description: 'Read one agent by e-mail address',
	method: 'GET',
	path: '/companies/{company}/agents/{agent}',
});

export const agentGetFields = forOperation('agent', 'get', [companyLocator, agentLocator]);
