import type { INodeProperties } from 'n8n-workflow';

const UUID_REGEX = '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

/** Every operation's tenant; empty means the tenant ID of the credential. */
export const tenantLocator: INodeProperties = {
	displayName: 'Tenant',
	name: 'tenant',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: 'The tenant to work in. Leave empty to use the tenant ID of the credential.',
	// Shown under the empty picker: nothing has to be picked when the credential names a tenant.
	hint: 'Leave empty to use the tenant of the credential',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: "The credential's tenant",
			typeOptions: { searchListMethod: 'getTenants', searchable: false },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '007be0e1-6c95-4843-8673-a76a479266f8',
			validation: [{ type: 'regex', properties: { regex: UUID_REGEX, errorMessage: 'Enter a tenant uuid' } }],
		},
	],
};

export function conversationLocator(show: Record<string, string[]>, description = 'The conversation to use'): INodeProperties {
	return {
		displayName: 'Conversation',
		name: 'conversationId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		displayOptions: { show },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'getConversations', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '13e72bad-2ac1-44cc-8a4a-34a0e19416ef',
				validation: [{ type: 'regex', properties: { regex: UUID_REGEX, errorMessage: 'Enter a conversation uuid' } }],
			},
		],
	};
}

export { operationSelector, returnAllAndLimit } from '../../shared/descriptions';
