import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

export const agentGetAll: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many agents',
	description: 'List the agents of the tenant',
	routing: { request: { method: 'GET', url: '/tenants/{tenantId}/agents/' } },
};

export const agentGetAllDescription: INodeProperties[] = returnAllAndLimit({ resource: ['agent'], operation: ['getAll'] });
