import type { INodeProperties } from 'n8n-workflow';

import { pickerLocator } from '../../shared/operations';
import { bodyParametersProperty } from './templates';

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

/** The conversation an operation works on; give it its operations with forOperation. */
export function conversationLocator(description = 'The conversation to use'): INodeProperties {
	return pickerLocator({
		displayName: 'Conversation',
		name: 'conversationId',
		description,
		searchListMethod: 'getConversations',
		modes: [
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '13e72bad-2ac1-44cc-8a4a-34a0e19416ef',
				validation: [{ type: 'regex', properties: { regex: UUID_REGEX, errorMessage: 'Enter a conversation uuid' } }],
			},
		],
	});
}

/** The platform conversations are initiated on (Social25 supports WhatsApp and SMS for that). */
export function platformLocator(searchListMethod: string, idHint: string): INodeProperties {
	return {
		displayName: 'Platform',
		name: 'platform',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: false } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: idHint },
		],
	};
}

/** Fields of the two deprecated phone-number template endpoints (Send Template HSM by Phone, Send Media Template HSM). */
export const legacyHsmFields: INodeProperties[] = [
	{ displayName: 'From', name: 'from', type: 'string', default: '', required: true, placeholder: '31600000001', description: 'Your WhatsApp Business number' },
	{ displayName: 'To', name: 'to', type: 'string', default: '', required: true, placeholder: '31600000000', description: "The customer's phone number" },
	{ displayName: 'Language', name: 'language', type: 'string', default: 'en', required: true },
	{ displayName: 'Template Name', name: 'templateName', type: 'string', default: '', required: true },
	bodyParametersProperty(),
	{
		displayName: 'Process Synchronously',
		name: 'processSync',
		type: 'boolean',
		default: true,
		description: 'Whether Social25 sends before answering (true) or queues the send (false)',
	},
];
