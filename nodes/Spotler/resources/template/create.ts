import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { TemplateComponent, TemplateCreateRequest } from '../../../../schemas/spotler/types.generated';
import { checkCount, checkLength } from '../../../shared/limits';
import { collection, forOperation, textParameter } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { channelLocator } from '../../shared/descriptions';
import { SPOTLER_LIMITS as LIMITS } from '../../shared/limits';
import { operation } from '../../shared/operations';

/** Assembles WhatsApp's component list (header, body, footer, buttons) from plain fields. */
async function buildTemplate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const name = textParameter(this, 'templateName');
	if (!/^[a-z0-9_]+$/.test(name)) throw fieldError(this, '"Name"', `"${name}" may only hold lower-case letters, digits and underscores`);
	const bodyText = textParameter(this, 'bodyText');
	if (!bodyText) throw fieldError(this, '"Body"', 'is empty');
	checkLength(this, 'Body', bodyText, LIMITS.templateText);
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const components: TemplateComponent[] = [];
	const headerFormat = String(extra.headerFormat ?? '');
	if (headerFormat) {
		const headerText = String(extra.headerText ?? '').trim();
		if (headerFormat === 'TEXT' && !headerText) throw fieldError(this, '"Header Text"', 'is empty for a text header');
		checkLength(this, 'Header Text', headerText, LIMITS.templateText);
		components.push({ type: 'HEADER', format: headerFormat as TemplateComponent['format'], ...(headerFormat === 'TEXT' ? { text: headerText } : {}) });
	}
	components.push({ type: 'BODY', text: bodyText });
	const footer = String(extra.footerText ?? '').trim();
	checkLength(this, 'Footer Text', footer, LIMITS.templateText);
	if (footer) components.push({ type: 'FOOTER', text: footer });
	const buttons = (((extra.quickReplies as IDataObject | undefined)?.button as Array<{ text?: string }> | undefined) ?? [])
		.map((b) => String(b.text ?? '').trim())
		.filter(Boolean)
		.map((text) => ({ text, type: 'QUICK_REPLY' as const }));
	checkCount(this, 'Quick Replies', buttons.length, 'buttons', LIMITS.templateButtons);
	for (const button of buttons) checkLength(this, 'Quick Replies › Text', button.text, LIMITS.templateButtonText);
	if (buttons.length) components.push({ type: 'BUTTONS', buttons });
	const body: TemplateCreateRequest = {
		category: this.getNodeParameter('category') as TemplateCreateRequest['category'],
		components,
		language: textParameter(this, 'templateLanguage'),
		name,
	};
	requestOptions.body = body;
	return requestOptions;
}

export const templateCreate = operation({
	name: 'Create',
	value: 'create',
	action: 'Create a template',
	description: 'Submit a WhatsApp template for review, in one language',
	method: 'POST',
	path: '/channels/{channel}/templates',
	preSend: [buildTemplate],
});

export const templateCreateFields = forOperation('template', 'create', [
	channelLocator,
	{ displayName: 'Name', name: 'templateName', type: 'string', default: '', required: true, placeholder: 'support_after_24hours', description: 'Lower-case letters, digits and underscores' },
	{ displayName: 'Language', name: 'templateLanguage', type: 'string', default: 'en', required: true, placeholder: 'en', description: 'A language code such as en, nl or pt_BR' },
	{
		displayName: 'Category',
		name: 'category',
		type: 'options',
		default: 'TRANSACTIONAL',
		options: [
			{ name: 'Marketing', value: 'MARKETING' },
			{ name: 'One-Time Password', value: 'OTP' },
			{ name: 'Transactional', value: 'TRANSACTIONAL' },
		],
	},
	{
		displayName: 'Body',
		name: 'bodyText',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: 'Hello {{1}}, how can I help you?',
		description: 'The text; {{1}}, {{2}}... are filled in when the template is sent.',
	},
	collection('Additional Fields', 'additionalFields', 'Add Field', [
		{ displayName: 'Footer', name: 'footerText', type: 'string', default: '' },
		{
			displayName: 'Header Format',
			name: 'headerFormat',
			type: 'options',
			default: 'TEXT',
			options: [
				{ name: 'Document', value: 'DOCUMENT' },
				{ name: 'Image', value: 'IMAGE' },
				{ name: 'Text', value: 'TEXT' },
				{ name: 'Video', value: 'VIDEO' },
			],
		},
		{ displayName: 'Header Text', name: 'headerText', type: 'string', default: '', description: 'For a text header' },
		{
			displayName: 'Quick Reply Buttons',
			name: 'quickReplies',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Button',
			options: [{ displayName: 'Button', name: 'button', values: [{ displayName: 'Text', name: 'text', type: 'string', default: '' }] }],
		},
	]),
]);
