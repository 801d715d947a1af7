import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

const UUID_REGEX = '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

/** Every operation's tenant; empty means the tenant ID of the credential. */
export const tenantLocator: INodeProperties = {
	displayName: 'Tenant',
	name: 'tenant',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: 'The tenant to work in. Leave empty to use the tenant ID of the credential.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
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

/** "Return All" and "Limit" for a list operation (see pagination.ts). */
export function returnAllAndLimit(show: Record<string, string[]>): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}

/** A resource's Operation property from the options its operation files export, sorted by name. */
export function operationSelector(resource: string, operations: INodePropertyOptions[], defaultOperation: string): INodeProperties {
	const sorted = [...operations].sort((a, b) => a.name.localeCompare(b.name));
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: sorted,
		default: defaultOperation,
	};
}
