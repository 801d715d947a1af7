import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { AgentUpdateRequest } from '../../../../schemas/social25/types.generated';
import { collection, forOperation, pickerLocator } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { agentBody, agentTypeOptions, optionalAgentFields } from '../../shared/agents';
import { operation } from '../../shared/operations';

const UPDATE_FIELDS = (
	[
		{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
		...optionalAgentFields,
		{ displayName: 'Type', name: 'type', type: 'options', default: 'HUMAN', options: agentTypeOptions },
		{ displayName: 'Username', name: 'username', type: 'string', default: '' },
	] as INodeProperties[]
).sort((a, b) => a.displayName.localeCompare(b.displayName));

export const agentUpdate = operation<AgentUpdateRequest>({
	name: 'Update',
	value: 'update',
	action: 'Update an agent',
	description: 'Change fields of an agent; fields left out stay as they are',
	method: 'PUT',
	path: '/tenants/{tenantId}/agents/{agentId}/',
	body() {
		const body = agentBody(this.getNodeParameter('updateFields', {}) as IDataObject);
		if (Object.keys(body).length === 0) throw fieldError(this, '"Update Fields"', 'has no field to change');
		return body;
	},
});

export const agentUpdateFields = forOperation('agent', 'update', [
	pickerLocator({
		displayName: 'Agent',
		name: 'agentId',
		description: 'The agent to update',
		searchListMethod: 'getAgents',
		modes: [{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '46fbc862-427a-49fa-b542-c79818ab5e84' }],
	}),
	collection('Update Fields', 'updateFields', 'Add Field', UPDATE_FIELDS),
]);
