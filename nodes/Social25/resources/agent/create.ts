import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { AgentCreateRequest } from '../../../../schemas/social25/types.generated';
import { fieldError } from '../../../shared/validation';
import { AGENT_TYPE_CODES, agentBody, agentTypeOptions, optionalAgentFields } from './fields';

const show = { resource: ['agent'], operation: ['create'] };

export const agentCreateDescription: INodeProperties[] = [
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', required: true, displayOptions: { show } },
	{ displayName: 'Type', name: 'agentType', type: 'options', default: 'HUMAN', options: agentTypeOptions, displayOptions: { show } },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: optionalAgentFields,
	},
];

export async function prepareAgentCreate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const firstName = String(this.getNodeParameter('firstName', '') ?? '').trim();
	if (!firstName) throw fieldError(this, '"First Name"', 'is empty');
	const body: AgentCreateRequest = {
		...agentBody(this.getNodeParameter('additionalFields', {}) as IDataObject),
		first_name: firstName,
		type: AGENT_TYPE_CODES[this.getNodeParameter('agentType') as string],
	};
	requestOptions.body = body;
	return requestOptions;
}

export const agentCreate: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an agent',
	description: 'Register a new agent (employee or bot) in the tenant',
	routing: { request: { method: 'POST', url: '/tenants/{tenantId}/agents/' }, send: { preSend: [prepareAgentCreate] } },
};
