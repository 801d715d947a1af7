import type { IDataObject, ILoadOptionsFunctions, INodeProperties } from 'n8n-workflow';

import type { Conversation, HsmComponent, WhatsAppTemplate } from '../../../schemas/social25/types.generated';
import { pickerLocator } from '../../shared/operations';
import { pickedParameter, variablesProperty, type TemplateVersion } from '../../shared/templates';
import { social25ApiRequest } from './transport';

/** Display conditions besides resource and operation (which forOperation adds), e.g. the node version. */
type Show = Record<string, Array<string | number>>;

export const languageProperty = (show: Show = {}): INodeProperties => ({
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
export const templateLocator = (show: Show = {}): INodeProperties => ({
	...pickerLocator({
		displayName: 'Template',
		name: 'template',
		description: 'An approved WhatsApp template in the chosen language',
		searchListMethod: 'getTemplates',
		modes: [{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'order_shipped' }],
	}),
	displayOptions: { show },
});

export const bodyParametersProperty = (show: Show = {}): INodeProperties => ({
	displayName: 'Body Parameters',
	name: 'bodyParameters',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	default: {},
	placeholder: 'Add Parameter',
	description: "Values for the template's placeholders {{1}}, {{2}}, ... in order.",
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

/**
 * WhatsApp's template languages (the codes Social25's doc refers to: "Only supported language codes
 * for message templates. Please refer WhatsApp api."). Social25 lists templates one language at a
 * time and has no list of a template's languages, so version 2 picks from these instead of free text.
 */
const WHATSAPP_TEMPLATE_LANGUAGES: Array<[string, string]> = [
	['af', 'Afrikaans'],
	['sq', 'Albanian'],
	['ar', 'Arabic'],
	['az', 'Azerbaijani'],
	['bn', 'Bengali'],
	['bg', 'Bulgarian'],
	['ca', 'Catalan'],
	['zh_CN', 'Chinese (CHN)'],
	['zh_HK', 'Chinese (HKG)'],
	['zh_TW', 'Chinese (TAI)'],
	['hr', 'Croatian'],
	['cs', 'Czech'],
	['da', 'Danish'],
	['nl', 'Dutch'],
	['en', 'English'],
	['en_GB', 'English (UK)'],
	['en_US', 'English (US)'],
	['et', 'Estonian'],
	['fil', 'Filipino'],
	['fi', 'Finnish'],
	['fr', 'French'],
	['ka', 'Georgian'],
	['de', 'German'],
	['el', 'Greek'],
	['gu', 'Gujarati'],
	['ha', 'Hausa'],
	['he', 'Hebrew'],
	['hi', 'Hindi'],
	['hu', 'Hungarian'],
	['id', 'Indonesian'],
	['ga', 'Irish'],
	['it', 'Italian'],
	['ja', 'Japanese'],
	['kn', 'Kannada'],
	['kk', 'Kazakh'],
	['rw_RW', 'Kinyarwanda'],
	['ko', 'Korean'],
	['ky_KG', 'Kyrgyz (Kyrgyzstan)'],
	['lo', 'Lao'],
	['lv', 'Latvian'],
	['lt', 'Lithuanian'],
	['mk', 'Macedonian'],
	['ms', 'Malay'],
	['ml', 'Malayalam'],
	['mr', 'Marathi'],
	['nb', 'Norwegian'],
	['fa', 'Persian'],
	['pl', 'Polish'],
	['pt_BR', 'Portuguese (BR)'],
	['pt_PT', 'Portuguese (POR)'],
	['pa', 'Punjabi'],
	['ro', 'Romanian'],
	['ru', 'Russian'],
	['sr', 'Serbian'],
	['sk', 'Slovak'],
	['sl', 'Slovenian'],
	['es', 'Spanish'],
	['es_AR', 'Spanish (ARG)'],
	['es_ES', 'Spanish (SPA)'],
	['es_MX', 'Spanish (MEX)'],
	['sw', 'Swahili'],
	['sv', 'Swedish'],
	['ta', 'Tamil'],
	['te', 'Telugu'],
	['th', 'Thai'],
	['tr', 'Turkish'],
	['uk', 'Ukrainian'],
	['ur', 'Urdu'],
	['uz', 'Uzbek'],
	['vi', 'Vietnamese'],
	['zu', 'Zulu'],
];

/** Version 2's language: one of WhatsApp's template languages, by name (same parameter as version 1). */
export const languageOptionsProperty = (show: Show = {}): INodeProperties => ({
	displayName: 'Language',
	name: 'language',
	type: 'options',
	// English, as version 1's default; the rule cannot read options built from the table.
	// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options
	default: 'en',
	required: true,
	// The names sort the list; the value is the code Social25 takes.
	options: WHATSAPP_TEMPLATE_LANGUAGES.map(([value, name]) => ({ name: `${name} (${value})`, value })).sort((a, b) => a.name.localeCompare(b.name)),
	description: 'The language of the template. The Template list shows the approved templates of this language.',
	displayOptions: { show },
});

/** Version 2's variables: one field per placeholder of the picked template, labelled with the words around it. */
export const templateVariablesProperty = (show: Show = {}): INodeProperties => variablesProperty('getTemplateVariables', ['template.value', 'language', 'conversationId.value'], show);

/** Where Social25 lists the approved templates of one language (?language=); per conversation, as its doc has it. */
export const templateListPath = (tenantId: string, conversationId: string) => `/tenants/${encodeURIComponent(tenantId)}/conversations/${encodeURIComponent(conversationId)}/whatsapp_templates/`;

/**
 * The approved templates of one language from a list answer, as the shared checks read them.
 * Social25 lists only approved ones and keeps no example values: a template missing here is
 * pending, rejected or unknown, and its variables are described by the words around them.
 */
export function templateVersions(response: unknown, language: string): TemplateVersion[] {
	const listed = (response as Record<string, unknown> | null)?.[language];
	return (Array.isArray(listed) ? (listed as WhatsAppTemplate[]) : []).map((t) => ({ name: t.name, language, status: 'approved', text: t.text }));
}

/** Social25's words for a template it does not list: it lists approved templates only. */
export function notApprovedProblem(name: string, language: string): string {
	return `"${name}" is not an approved template in "${language}" (Social25 lists only approved templates: it is pending, rejected or does not exist in this language)`;
}

/**
 * The conversation whose template list the editor reads: the picked one, or, while Conversation
 * is an expression (as in Send in Bulk), the first WhatsApp conversation of the tenant: the
 * templates belong to the WhatsApp number, not to one customer. '' when there is none.
 */
export async function templateConversationId(ctx: ILoadOptionsFunctions, tenantId: string): Promise<string> {
	const picked = pickedParameter(ctx, 'conversationId');
	if (picked) return picked;
	const page = (await social25ApiRequest.call(ctx, 'GET', `/tenants/${encodeURIComponent(tenantId)}/conversations/`)) as { results: Conversation[] };
	return page.results.find((c) => c.platform.source === 'whatsapp')?.id ?? '';
}
