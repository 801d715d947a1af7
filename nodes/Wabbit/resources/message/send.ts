import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { ContactCard, CreateMessage, MediaPayload } from '../../../../schemas/wabbit/types.generated';
import { checkLength } from '../../../shared/limits';
import { collection, emailField, forOperation, textField } from '../../../shared/operations';
import { idOf, SENT, sentSummaryOutput } from '../../../shared/sent-summary';
import { checkTemplateSend, templateLanguageProperty, variableValues, variablesProperty } from '../../../shared/templates';
import { fieldError } from '../../../shared/validation';
import { jsonParameter, templateLocator, waIdOf } from '../../shared/descriptions';
import { WABBIT_LIMITS } from '../../shared/limits';
import { contactsMessage, documentMessage, imageMessage, locationMessage, mediaPayload, stickerMessage, templateMessage, textMessage } from '../../shared/messages';
import { operation } from '../../shared/operations';
import { wabbitTemplates, wabbitTemplateVersions } from '../../shared/templates';

/**
 * Wabbit answers with WhatsApp's own {waba_response: {messages: [{id}]}} (or less: the document
 * prints variants); a chat is the customer's wa_id, so it is both the recipient and the conversation.
 */
const sentSummary = sentSummaryOutput((ctx, answer) => {
	const waId = String(ctx.getNodeParameter('chat', '', { extractValue: true }) ?? '').trim();
	const sent = ((answer.waba_response as IDataObject | undefined)?.messages as IDataObject[] | undefined)?.[0];
	return { messageId: idOf(sent?.id), recipient: idOf(waId), conversationId: idOf(waId), status: idOf(sent?.message_status) ?? SENT };
});

export const messageSend = operation<CreateMessage>({
	name: 'Send',
	value: 'send',
	action: 'Send a message',
	description: 'Send a text, media, location, contacts or template message to a chat',
	method: 'POST',
	path: '/messages/',
	body: messageSendBody,
	output: [sentSummary],
});

const show = (types: string[]) => ({ show: { messageType: types } });
const v1Show = (types: string[]) => ({ show: { messageType: types, '@version': [1] } });
const v2Show = (types: string[]) => ({ show: { messageType: types, '@version': [2] } });

export const messageSendFields = forOperation('message', 'send', [
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		default: 'text',
		options: [
			{ name: 'Contacts', value: 'contacts', description: 'One or more contact cards' },
			{ name: 'Document', value: 'document', description: 'A file, e.g. a PDF' },
			{ name: 'Image', value: 'image' },
			{ name: 'Location', value: 'location', description: 'A pin on the map' },
			{ name: 'Sticker', value: 'sticker', description: 'A WebP sticker' },
			{ name: 'Template', value: 'template', description: 'An approved template; the only type allowed outside the 24-hour window' },
			{ name: 'Text', value: 'text' },
		],
		description: "By default you can write only to chats assigned to the credential's user (admins: any chat)",
	},
	textField('The message text. Free text reaches a customer only within 24 hours of their last message.', { displayOptions: show(['text']) }),
	{
		displayName: 'Show Link Preview',
		name: 'previewUrl',
		type: 'boolean',
		default: false,
		description: 'Whether WhatsApp shows a preview of the first link in the text',
		displayOptions: show(['text']),
	},
	{
		displayName: 'Media Source',
		name: 'mediaSource',
		type: 'options',
		default: 'link',
		options: [
			{ name: 'Link', value: 'link', description: 'A public URL, or the file URL returned by Media → Upload' },
			{ name: 'Uploaded Media ID', value: 'id', description: 'The ID returned by Media → Upload' },
		],
		displayOptions: show(['image', 'document', 'sticker']),
	},
	{
		displayName: 'Link',
		name: 'mediaLink',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/invoice.pdf',
		displayOptions: { show: { messageType: ['image', 'document', 'sticker'], mediaSource: ['link'] } },
	},
	{
		displayName: 'Media ID',
		name: 'mediaId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e4b6a1c2-...',
		displayOptions: { show: { messageType: ['image', 'document', 'sticker'], mediaSource: ['id'] } },
	},
	{
		displayName: 'Caption',
		name: 'caption',
		type: 'string',
		default: '',
		displayOptions: show(['image', 'document']),
	},
	{
		displayName: 'File Name',
		name: 'filename',
		type: 'string',
		default: '',
		placeholder: 'invoice.pdf',
		description: 'The name the customer sees',
		displayOptions: show(['document']),
	},
	{
		displayName: 'Latitude',
		name: 'latitude',
		type: 'number',
		typeOptions: { minValue: -90, maxValue: 90, numberPrecision: 6 },
		default: 0,
		required: true,
		displayOptions: show(['location']),
	},
	{
		displayName: 'Longitude',
		name: 'longitude',
		type: 'number',
		typeOptions: { minValue: -180, maxValue: 180, numberPrecision: 6 },
		default: 0,
		required: true,
		displayOptions: show(['location']),
	},
	{
		displayName: 'Location Name',
		name: 'locationName',
		type: 'string',
		default: '',
		displayOptions: show(['location']),
	},
	{
		displayName: 'Address',
		name: 'address',
		type: 'string',
		default: '',
		displayOptions: show(['location']),
	},
	{
		displayName: 'Contacts',
		name: 'contactCards',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Contact',
		default: {},
		required: true,
		displayOptions: show(['contacts']),
		options: [
			{
				displayName: 'Contact',
				name: 'card',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, description: 'The full name shown on the card' },
					{ displayName: 'Phone', name: 'phone', type: 'string', default: '', placeholder: '+48 123 123 123' },
					emailField(),
					{ displayName: 'Company', name: 'company', type: 'string', default: '' },
				],
			},
		],
	},
	{ ...templateLocator, displayOptions: show(['template']) },
	// Version 1 (saved workflows): language as free text, values in a list the user fills blind.
	{
		displayName: 'Language Code',
		name: 'languageCode',
		type: 'string',
		default: 'en',
		required: true,
		placeholder: 'en',
		description: 'The template language, as approved (e.g. en, en_US, pl)',
		displayOptions: v1Show(['template']),
	},
	{
		displayName: 'Body Parameters',
		name: 'bodyParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Parameter',
		default: {},
		description: 'Values for {{1}}, {{2}}, ... in the template body, in order.',
		displayOptions: v1Show(['template']),
		options: [{ displayName: 'Parameter', name: 'parameter', values: [{ displayName: 'Text', name: 'text', type: 'string', default: '' }] }],
	},
	// Version 2: the language from the template's own, one field per placeholder with its example.
	templateLanguageProperty({ name: 'languageCode', displayName: 'Language Name or ID' }, ['template.value'], v2Show(['template'])),
	variablesProperty('getTemplateVariables', ['template.value', 'languageCode'], v2Show(['template']).show),
	collection(
		'Template Options',
		'templateOptions',
		'Add Option',
		[
			{
				displayName: 'Components (JSON)',
				name: 'components',
				type: 'json',
				default: '[]',
				description: 'WhatsApp template components (header, buttons...) in the WhatsApp Business API format; replaces Body Parameters (Template Variables in version 2)',
			},
			{
				displayName: 'Namespace',
				name: 'namespace',
				type: 'string',
				default: '',
				description: "The template namespace; when empty, the picked template's (from Template → Get Many)",
			},
		],
		{ displayOptions: show(['template']) },
	),
]);

function media(ctx: IExecuteSingleFunctions, withCaption: boolean, filename = ''): MediaPayload {
	const source = ctx.getNodeParameter('mediaSource', 'link') as string;
	const value = String(ctx.getNodeParameter(source === 'id' ? 'mediaId' : 'mediaLink', '') ?? '').trim();
	if (!value) throw fieldError(ctx, source === 'id' ? '"Media ID"' : '"Link"', 'is empty');
	const caption = withCaption ? String(ctx.getNodeParameter('caption', '') ?? '') : '';
	checkLength(ctx, 'Caption', caption, WABBIT_LIMITS.caption);
	return mediaPayload(source === 'id' ? { id: value } : { link: value }, caption, filename);
}

function contactCards(ctx: IExecuteSingleFunctions): [ContactCard, ...ContactCard[]] {
	const cards = (ctx.getNodeParameter('contactCards', {}) as { card?: Array<{ name: string; phone?: string; email?: string; company?: string }> }).card ?? [];
	if (cards.length === 0) throw fieldError(ctx, '"Contacts"', 'has no contact');
	const [first, ...rest] = cards.map((card, i) => {
		if (!card.name?.trim()) throw fieldError(ctx, `"Contacts" #${i + 1} "Name"`, 'is empty');
		const out: ContactCard = { name: { formatted_name: card.name.trim() } };
		if (card.phone) out.phones = [{ phone: card.phone, type: 'CELL' }];
		if (card.email) out.emails = [{ email: card.email, type: 'WORK' }];
		if (card.company) out.org = { company: card.company };
		return out;
	});
	return [first, ...rest];
}

/** The body values: version 1's Body Parameters list, version 2's Template Variables. */
function bodyValues(ctx: IExecuteSingleFunctions): string[] {
	if (ctx.getNode().typeVersion >= 2) return variableValues(ctx);
	return ((ctx.getNodeParameter('bodyParameters', {}) as { parameter?: Array<{ text: string }> }).parameter ?? []).map((p) => p.text);
}

function template(ctx: IExecuteSingleFunctions, wa_id: string): CreateMessage {
	const name = String(ctx.getNodeParameter('template', '', { extractValue: true }) ?? '').trim();
	if (!name) throw fieldError(ctx, '"Template"', 'is empty');
	const code = String(ctx.getNodeParameter('languageCode', 'en') ?? '').trim();
	if (!code) throw fieldError(ctx, '"Language Code"', 'is empty');
	const options = ctx.getNodeParameter('templateOptions', {}) as { components?: unknown; namespace?: string };
	const values = bodyValues(ctx);
	const components = jsonParameter(ctx, options.components, 'Components (JSON)') as IDataObject[] | undefined;
	if (components !== undefined && !Array.isArray(components)) throw fieldError(ctx, '"Components (JSON)"', 'must be a JSON array');
	return templateMessage(wa_id, { name, language: code, values, components, namespace: options.namespace });
}

/** The body values a message carries, from its components (Components (JSON) may replace the variables). */
function sentBodyValues(body: CreateMessage & { type: 'template' }): string[] {
	const components = (body.template.components ?? []) as Array<{ type?: string; parameters?: Array<{ text?: unknown }> }>;
	const bodyComponent = components.find((c) => String(c.type ?? '').toLowerCase() === 'body');
	return (bodyComponent?.parameters ?? []).map((p) => String(p.text ?? ''));
}

/**
 * Version 2: the template list is read before sending, so a template that is not approved in the
 * language, or a wrong number of values, never reaches WhatsApp. Its namespace comes from the same list.
 */
async function checkedTemplate(ctx: IExecuteSingleFunctions, body: CreateMessage): Promise<CreateMessage> {
	if (body.type !== 'template') return body;
	const templates = await wabbitTemplates(ctx);
	const { name, language } = body.template;
	const options = ctx.getNodeParameter('templateOptions', {}) as { components?: unknown };
	const custom = jsonParameter(ctx, options.components, 'Components (JSON)') as unknown[] | undefined;
	const valuesField = custom?.length ? 'Components (JSON)' : 'Template Variables';
	checkTemplateSend(ctx, name, language.code, await wabbitTemplateVersions(ctx), sentBodyValues(body), valuesField);
	const picked = templates.find((t) => t.name === name && t.language === language.code);
	// The item's own body, built just before: the namespace is added in place.
	if (!body.template.namespace && picked?.namespace) body.template.namespace = picked.namespace;
	return body;
}

/**
 * WABA v1 wants the template's namespace; the user rarely knows it, the template list has it. Taken
 * from the picked template (same name and language) unless the user gave one.
 */
async function withNamespace(ctx: IExecuteSingleFunctions, body: CreateMessage): Promise<CreateMessage> {
	if (body.type !== 'template' || body.template.namespace) return body;
	const { name, language } = body.template;
	const templates = await wabbitTemplates(ctx);
	const picked = templates.find((t) => t.name === name && t.language === language.code) ?? templates.find((t) => t.name === name);
	if (picked?.namespace) body.template.namespace = picked.namespace;
	return body;
}

/** Builds the WhatsApp Business API v1 payload the doc says POST /messages/ takes. */
async function messageSendBody(this: IExecuteSingleFunctions): Promise<CreateMessage> {
	const wa_id = waIdOf(this, 'chat', 'Chat');
	const type = this.getNodeParameter('messageType') as CreateMessage['type'];
	switch (type) {
		case 'text': {
			const text = String(this.getNodeParameter('text', '') ?? '');
			if (text.trim() === '') throw fieldError(this, '"Text"', 'is empty');
			checkLength(this, 'Text', text, WABBIT_LIMITS.text);
			return textMessage(wa_id, text, this.getNodeParameter('previewUrl', false) as boolean);
		}
		case 'image':
			return imageMessage(wa_id, media(this, true));
		case 'sticker':
			return stickerMessage(wa_id, media(this, false));
		case 'document':
			return documentMessage(wa_id, media(this, true, String(this.getNodeParameter('filename', '') ?? '')));
		case 'location': {
			const name = String(this.getNodeParameter('locationName', '') ?? '');
			const address = String(this.getNodeParameter('address', '') ?? '');
			return locationMessage(wa_id, {
				latitude: this.getNodeParameter('latitude') as number,
				longitude: this.getNodeParameter('longitude') as number,
				...(name ? { name } : {}),
				...(address ? { address } : {}),
			});
		}
		case 'contacts':
			return contactsMessage(wa_id, contactCards(this));
		case 'template':
			return this.getNode().typeVersion >= 2 ? await checkedTemplate(this, template(this, wa_id)) : await withNamespace(this, template(this, wa_id));
		default:
			throw fieldError(this, '"Message Type"', `"${type}" is not supported`);
	}
}
