import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { fieldError } from '../../../shared/validation';
import { agentBody, agentTypeOptions, optionalAgentFields } from './fields';

const show = { resource: ['agent'], operation: ['update'] };

const UPDATE_FIELDS = ([
	{ displayName: 'First Name', name: 'first_name', type: 'string', default: '' },
	...optionalAgentFields,
	{ displayName: 'Type', name: 'type', type: 'options', default: 'HUMAN', options: agentTypeOptions },
	{ displayName: 'Username', name: 'username', type: 'string', default: '' },
] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName));

export const agentUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Agent',
		name: 'agentId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The agent to update',
		displayOptions: { show },
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'getAgents', searchable: true } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '46fbc862-427a-49fa-b542-c79818ab5e84' },
		],
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: UPDATE_FIELDS,
	},
];

export async function prepareAgentUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = agentBody(this.getNodeParameter('updateFields', {}) as IDataObject);
	if (Object.keys(body).length === 0) throw fieldError(this, '"Update Fields"', 'has no field to change');
	requestOptions.body = body;
	return requestOptions;
}

export const agentUpdate: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an agent',
	description: 'Change fields of an agent; fields left out stay as they are',
	routing: { request: { method: 'PUT', url: '/tenants/{tenantId}/agents/{agentId}/' }, send: { preSend: [prepareAgentUpdate] } },
};
