import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { HsmComponent } from '../../../schemas/social25/types.generated';

export const languageProperty = (show: Record<string, string[]>): INodeProperties => ({
	displayName: 'Language',
	name: 'language',
	type: 'string',
	default: 'en',
	required: true,
	placeholder: 'en',
	description: 'The WhatsApp language code of the template, e.g. en, nl, es, pt_BR',
	displayOptions: { show },
});

/** The approved-template picker; the list comes from the chosen conversation and language. */
export const templateLocator = (show: Record<string, string[]>): INodeProperties => ({
	displayName: 'Template',
	name: 'template',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'An approved WhatsApp template in the chosen language',
	displayOptions: { show },
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'getTemplates', searchable: true } },
		{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'order_shipped' },
	],
});

export const bodyParametersProperty = (show: Record<string, string[]>): INodeProperties => ({
	displayName: 'Body Parameters',
	name: 'bodyParameters',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	default: {},
	placeholder: 'Add Parameter',
	description: 'Values for the template\'s placeholders {{1}}, {{2}}, ... in order.',
	displayOptions: { show },
	options: [
		{
			displayName: 'Parameter',
			name: 'parameter',
			values: [{ displayName: 'Text', name: 'text', type: 'string', default: '' }],
		},
	],
});

export const headerMediaOptions: INodeProperties[] = [
	{
		displayName: 'Header Media Type',
		name: 'headerMediaType',
		type: 'options',
		default: 'image',
		options: [
			{ name: 'Document', value: 'document' },
			{ name: 'Image', value: 'image' },
			{ name: 'Video', value: 'video' },
		],
		description: 'For media templates: the kind of file in the template header',
	},
	{
		displayName: 'Header Media URL',
		name: 'headerMediaUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/invoice.pdf',
		description: 'For media templates: a public http(s) link to the header file',
	},
];

export function bodyParameterTexts(collection: IDataObject): string[] {
	return ((collection.parameter as IDataObject[] | undefined) ?? []).map((p) => String(p.text ?? ''));
}

/** WhatsApp template components: an optional media header and the body parameters. */
export function templateComponents(texts: string[], header?: { type: string; url: string }): HsmComponent[] {
	const components: HsmComponent[] = [];
	if (header?.url) {
		const type = header.type as 'image' | 'document' | 'video';
		components.push({ type: 'header', parameters: [{ type, [type]: { link: header.url } }] });
	}
	if (texts.length) components.push({ type: 'body', parameters: texts.map((text) => ({ type: 'text', text })) });
	return components;
}
