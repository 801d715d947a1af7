import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { DigitalObjectLink } from '../../../schemas/mehery/types.generated';

/** DigitalObjectLink rows: how a pushed record or event relates to other records. */
export const linksField: INodeProperties = {
	displayName: 'Links',
	name: 'links',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Link',
	default: {},
	description: 'Other records this one refers to',
	options: [
		{
			displayName: 'Link',
			name: 'link',
			values: [
				{ displayName: 'Name', name: 'linkName', type: 'string', default: '', placeholder: 'customer', description: 'What the link means, e.g. customer' },
				{ displayName: 'Type', name: 'linkType', type: 'string', default: '', placeholder: 'CUSTOMER', description: 'The type of the linked record' },
				{ displayName: 'Value', name: 'linkValue', type: 'string', default: '', placeholder: 'C34567', description: 'The ID of the linked record' },
			],
		},
	],
};

export function readLinks(ctx: IExecuteSingleFunctions): DigitalObjectLink[] {
	const rows = (ctx.getNodeParameter('links.link', []) as DigitalObjectLink[]) ?? [];
	return rows.map((r) => ({ linkName: String(r.linkName ?? ''), linkType: String(r.linkType ?? ''), linkValue: String(r.linkValue ?? '') }));
}
