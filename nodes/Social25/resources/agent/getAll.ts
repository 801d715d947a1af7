import { returnAllAndLimit } from '../../../shared/operations';
import { operation } from '../../shared/operations';

export const agentGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many agents',
	description: 'List the agents of the tenant',
	method: 'GET',
	path: '/tenants/{tenantId}/agents/',
});

export const agentGetAllFields = returnAllAndLimit({ resource: ['agent'], operation: ['getAll'] });
