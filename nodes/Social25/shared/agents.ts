import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { AgentUpdateRequest } from '../../../schemas/social25/types.generated';

/** Request `type` is an integer. The doc says "HUMAN = 1, AUTOMATED = 1" but its example sends 0 and gets HUMAN back. */
export const AGENT_TYPE_CODES: Record<string, 0 | 1> = { HUMAN: 0, AUTOMATED: 1 };

export const agentTypeOptions = [
	{ name: 'Automated (Bot)', value: 'AUTOMATED' },
	{ name: 'Human', value: 'HUMAN' },
];

/** Optional agent fields shared by Create (Additional Fields) and Update (Update Fields). */
export const optionalAgentFields: INodeProperties[] = [
	{ displayName: 'Active', name: 'is_active', type: 'boolean', default: true, description: 'Whether the agent can sign in' },
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
	{ displayName: 'Manager', name: 'is_superuser', type: 'boolean', default: false, description: 'Whether the agent gets the manager permissions' },
	{ displayName: 'Pusher Channel', name: 'pusher_channel', type: 'string', default: '', description: "Name of the agent's private Pusher channel" },
	{ displayName: 'Staff', name: 'is_staff', type: 'boolean', default: false, description: 'Whether the agent is staff' },
	{ displayName: 'Timezone', name: 'timezone', type: 'string', default: 'Europe/Amsterdam', placeholder: 'Europe/Amsterdam' },
];

/** Copies the collection's fields into a request body, turning the agent type name into its code. */
export function agentBody(fields: IDataObject): AgentUpdateRequest {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		if (value === '' || value === undefined) continue;
		body[key] = key === 'type' ? AGENT_TYPE_CODES[String(value)] : value;
	}
	return body as AgentUpdateRequest;
}
