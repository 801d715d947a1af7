import type { INodeProperties } from 'n8n-workflow';

/** The platform conversations are initiated on (Social25 supports WhatsApp and SMS for that). */
export function platformLocator(show: Record<string, string[]>, searchListMethod: string, idHint: string): INodeProperties {
	return {
		displayName: 'Platform',
		name: 'platform',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show },
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: false } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: idHint },
		],
	};
}
