import type { IDataObject } from 'n8n-workflow';

import type { AgentCreateRequest } from '../../../../schemas/social25/types.generated';
import { collection, forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { AGENT_TYPE_CODES, agentBody, agentTypeOptions, optionalAgentFields } from '../../shared/agents';
import { operation } from '../../shared/operations';

export const agentCreate = operation<AgentCreateRequest>({
	name: 'Create',
	value: 'create',
	action: 'Create an agent',
	description: 'Register a new agent (employee or bot) in the tenant',
	method: 'POST',
	path: '/tenants/{tenantId}/agents/',
	body() {
		const firstName = String(this.getNodeParameter('firstName', '') ?? '').trim();
		if (!firstName) throw fieldError(this, '"First Name"', 'is empty');
		return {
			...agentBody(this.getNodeParameter('additionalFields', {}) as IDataObject),
			first_name: firstName,
			type: AGENT_TYPE_CODES[this.getNodeParameter('agentType') as string],
		};
	},
});

export const agentCreateFields = forOperation('agent', 'create', [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', required: true },
	{ displayName: 'Type', name: 'agentType', type: 'options', default: 'HUMAN', options: agentTypeOptions },
	collection('Additional Fields', 'additionalFields', 'Add Field', optionalAgentFields),
]);
