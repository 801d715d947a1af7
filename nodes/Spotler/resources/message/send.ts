import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { ContactCard, InteractiveListSection, MessageSendRequest, OutgoingMessage } from '../../../../schemas/spotler/types.generated';
import { checkCount, checkLength } from '../../../shared/limits';
import { extensionOf, fileNameFromUrl, mimeTypeFromUrl } from '../../../shared/media-url';
import { emailField, forOperation, textField, textParameter } from '../../../shared/operations';
import { idOf, SENT, sentSummaryOutput } from '../../../shared/sent-summary';
import { checkTemplateSend, templateLanguageProperty, variablesProperty, variableValues } from '../../../shared/templates';
import { fieldError } from '../../../shared/validation';
import { channelLocator, contactField, templateLocator } from '../../shared/descriptions';
import { jidPath } from '../../shared/jid';
import { SPOTLER_LIMITS as LIMITS } from '../../shared/limits';
import { documentMessage, type MediaKind, mediaMessage, messageSendRequest, templateMessage, textMessage } from '../../shared/messages';
import { channelJidOf, contactJidOf, operation } from '../../shared/operations';
import { spotlerTemplateVersions } from '../../shared/templates';

type MediaType = MediaKind | 'document';
const MEDIA_TYPES: MediaType[] = ['audio', 'document', 'gif', 'image', 'ptt', 'sticker', 'video'];
const CAPTIONED: MediaType[] = ['gif', 'image', 'video'];

const typeIs = (...types: string[]) => ({ show: { messageType: types } });
const v1TypeIs = (...types: string[]) => ({ show: { messageType: types, '@version': [1] } });
const v2TypeIs = (...types: string[]) => ({ show: { messageType: types, '@version': [2] } });

const fields: INodeProperties[] = [
	channelLocator,
	contactField,
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		default: 'text',
		// Sorted by name, as n8n lists options.
		options: [
			{ name: 'Audio', value: 'audio', description: 'An audio file' },
			{ name: 'Buttons', value: 'buttons', description: 'Text with up to three reply buttons (WhatsApp)' },
			{ name: 'Contact Card', value: 'contact', description: 'One or more contact cards' },
			{ name: 'Document', value: 'document', description: 'A file such as a PDF' },
			{ name: 'GIF', value: 'gif', description: 'An animated GIF' },
			{ name: 'Image', value: 'image', description: 'A picture, with an optional caption' },
			{ name: 'List', value: 'list', description: 'Text with a menu of options in sections (WhatsApp)' },
			{ name: 'Location', value: 'location', description: 'A place on the map' },
			{ name: 'Product', value: 'product', description: 'One product from your catalogue (WhatsApp)' },
			{ name: 'Product List', value: 'productList', description: 'Several products from your catalogue (WhatsApp)' },
			{ name: 'Raw JSON', value: 'json', description: 'A message object typed as JSON, for anything the fields do not cover' },
			{ name: 'Sticker', value: 'sticker', description: 'A WebP sticker' },
			{ name: 'Template', value: 'template', description: 'An approved WhatsApp template; the only kind allowed outside the 24-hour window' },
			{ name: 'Text', value: 'text', description: 'Plain text' },
			{ name: 'Video', value: 'video', description: 'A video, with an optional caption' },
			{ name: 'Voice Message', value: 'ptt', description: 'A voice note (push to talk)' },
		],
	},
	textField('The message text. On WhatsApp, free text reaches a customer only within 24 hours of their last message.', { displayOptions: typeIs('text') }),
	// Media
	{
		displayName: 'Media URL',
		name: 'mediaUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/files/photo.jpg',
		description: 'A public http(s) address Spotler downloads the file from',
		displayOptions: typeIs(...MEDIA_TYPES),
	},
	{
		displayName: 'MIME Type',
		name: 'mimeType',
		type: 'string',
		default: '',
		placeholder: 'image/jpeg',
		description: 'The file type. Leave empty to take it from the file extension in the URL.',
		displayOptions: typeIs(...MEDIA_TYPES),
	},
	{
		displayName: 'Caption',
		name: 'caption',
		type: 'string',
		default: '',
		description: 'Text shown under the media',
		displayOptions: typeIs(...CAPTIONED),
	},
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		default: '',
		placeholder: 'invoice-2024-001.pdf',
		description: 'The name the customer sees. Leave empty to take it from the URL.',
		displayOptions: typeIs('document'),
	},
	{
		displayName: 'Title',
		name: 'documentTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Your invoice',
		displayOptions: typeIs('document'),
	},
	// Location
	{
		displayName: 'Latitude',
		name: 'latitude',
		type: 'number',
		typeOptions: { minValue: -90, maxValue: 90, numberPrecision: 6 },
		default: 0,
		required: true,
		displayOptions: typeIs('location'),
	},
	{
		displayName: 'Longitude',
		name: 'longitude',
		type: 'number',
		typeOptions: { minValue: -180, maxValue: 180, numberPrecision: 6 },
		default: 0,
		required: true,
		displayOptions: typeIs('location'),
	},
	{
		displayName: 'Place Name',
		name: 'locationName',
		type: 'string',
		default: '',
		placeholder: 'Our store in Utrecht',
		displayOptions: typeIs('location'),
	},
	{
		displayName: 'Website',
		name: 'locationUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/stores/utrecht',
		description: 'A web page about the place',
		displayOptions: typeIs('location'),
	},
	// Contact cards
	{
		displayName: 'Contact Cards',
		name: 'contactCards',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Contact Card',
		displayOptions: typeIs('contact'),
		options: [
			{
				displayName: 'Card',
				name: 'card',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
					{ displayName: 'Phone Number', name: 'phoneNumber', type: 'string', default: '', placeholder: '+31 6 12345678' },
					emailField(),
					{ displayName: 'Organization', name: 'organization', type: 'string', default: '' },
				],
			},
		],
	},
	// Template
	{ ...templateLocator, displayOptions: typeIs('template') },
	// Version 1 (saved workflows): language as free text, values in a list the user fills blind.
	{
		displayName: 'Language',
		name: 'templateLanguage',
		type: 'string',
		default: 'en',
		required: true,
		placeholder: 'en',
		description: 'The language of the approved translation to send, e.g. en or nl',
		displayOptions: v1TypeIs('template'),
	},
	{
		displayName: 'Parameters',
		name: 'templateParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Parameter',
		description: 'One value per placeholder of the template, in order: the first fills {{1}}, the second {{2}}, and so on',
		displayOptions: v1TypeIs('template'),
		options: [{ displayName: 'Parameter', name: 'parameter', values: [{ displayName: 'Value', name: 'value', type: 'string', default: '' }] }],
	},
	// Version 2: the language from the template's own translations, one field per placeholder.
	templateLanguageProperty({ name: 'templateLanguage', displayName: 'Language Name or ID' }, ['template.value', 'channel.value'], v2TypeIs('template')),
	variablesProperty('getTemplateVariables', ['template.value', 'templateLanguage', 'channel.value'], v2TypeIs('template').show),
	// Interactive
	{
		displayName: 'Header',
		name: 'headerText',
		type: 'string',
		default: '',
		description: 'Optional text above the message',
		displayOptions: typeIs('buttons', 'list'),
	},
	{
		displayName: 'Header',
		name: 'headerText',
		type: 'string',
		default: '',
		required: true,
		displayOptions: typeIs('productList'),
	},
	{
		displayName: 'Body',
		name: 'bodyText',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 2 },
		placeholder: 'How can we help you?',
		displayOptions: typeIs('buttons', 'list', 'productList'),
	},
	{
		displayName: 'Body',
		name: 'bodyText',
		type: 'string',
		default: '',
		typeOptions: { rows: 2 },
		description: 'Optional text with the product',
		displayOptions: typeIs('product'),
	},
	{
		displayName: 'Buttons',
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Button',
		description: 'Up to three reply buttons. The payload comes back in a postback event when the customer taps the button.',
		displayOptions: typeIs('buttons'),
		options: [
			{
				displayName: 'Button',
				name: 'button',
				values: [
					{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true, description: 'At most 20 characters' },
					{ displayName: 'Payload', name: 'payload', type: 'string', default: '', description: 'Leave empty to use the title' },
				],
			},
		],
	},
	{
		displayName: 'Menu Button Text',
		name: 'listTitle',
		type: 'string',
		default: 'Choose',
		required: true,
		description: 'The text of the button that opens the menu (at most 20 characters)',
		displayOptions: typeIs('list'),
	},
	{
		displayName: 'Section Title',
		name: 'sectionTitle',
		type: 'string',
		default: 'Options',
		required: true,
		description: 'The title of the section for rows (or products) that name no section of their own',
		displayOptions: typeIs('list', 'productList'),
	},
	{
		displayName: 'Rows',
		name: 'rows',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Row',
		description: 'The menu options. The payload comes back in a postback event when the customer picks the row.',
		displayOptions: typeIs('list'),
		options: [
			{
				displayName: 'Row',
				name: 'row',
				values: [
					{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true, description: 'At most 24 characters' },
					{ displayName: 'Description', name: 'description', type: 'string', default: '' },
					{ displayName: 'Payload', name: 'payload', type: 'string', default: '', description: 'Leave empty to use the title' },
					{ displayName: 'Section', name: 'section', type: 'string', default: '', description: 'Rows with the same section are grouped under that title. Leave empty for the Section Title above.' },
				],
			},
		],
	},
	{
		displayName: 'Product ID',
		name: 'productId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '1105524',
		description: 'The product retailer ID in your WhatsApp catalogue',
		displayOptions: typeIs('product'),
	},
	{
		displayName: 'Product IDs',
		name: 'productIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: '1105521, 1105522, 1105523',
		description: 'Comma-separated product retailer IDs from your WhatsApp catalogue',
		displayOptions: typeIs('productList'),
	},
	{
		displayName: 'Message (JSON)',
		name: 'messageJson',
		type: 'json',
		default: '{\n  "type": "text",\n  "body": "Hello"\n}',
		required: true,
		description: 'The message object as Spotler expects it inside {"message": ...}',
		displayOptions: typeIs('json'),
	},
];

export const messageSendFields: INodeProperties[] = forOperation('message', 'send', fields);

function requiredText(ctx: IExecuteSingleFunctions, name: string, label: string): string {
	const value = textParameter(ctx, name);
	if (value === '') throw fieldError(ctx, `"${label}"`, 'is empty');
	return value;
}

function collectionEntries<T extends IDataObject>(ctx: IExecuteSingleFunctions, name: string, entry: string): T[] {
	const value = ctx.getNodeParameter(name, {}) as IDataObject;
	return ((value?.[entry] as T[] | undefined) ?? []).filter(Boolean);
}

function mediaFromFields(ctx: IExecuteSingleFunctions, type: MediaType): OutgoingMessage {
	const url = requiredText(ctx, 'mediaUrl', 'Media URL');
	if (!/^https?:\/\/\S+$/i.test(url)) throw fieldError(ctx, '"Media URL"', `"${url}" is not an http(s) address`);
	const extension = extensionOf(url);
	const mimeType = textParameter(ctx, 'mimeType') || mimeTypeFromUrl(url);
	if (!mimeType) {
		throw fieldError(ctx, '"MIME Type"', extension ? `is empty and ".${extension}" files are not known` : 'is empty and the URL has no file extension');
	}
	if (type === 'document') {
		const fileName = textParameter(ctx, 'fileName') || fileNameFromUrl(url, 'document');
		return documentMessage(url, mimeType, fileName, requiredText(ctx, 'documentTitle', 'Title'));
	}
	const caption = CAPTIONED.includes(type) ? textParameter(ctx, 'caption') : '';
	checkLength(ctx, 'Caption', caption, LIMITS.caption);
	return mediaMessage(type, url, mimeType, caption);
}

function interactiveText(ctx: IExecuteSingleFunctions, name: string, label: string, optional = false) {
	const text = optional ? textParameter(ctx, name) : requiredText(ctx, name, label);
	checkLength(ctx, label, text, LIMITS.interactiveText);
	return text ? { text, type: 'text' as const } : undefined;
}

/** The list picker's limits, on the sections as they will be sent. */
function checkListLimits(ctx: IExecuteSingleFunctions, sections: InteractiveListSection[]): void {
	checkLength(ctx, 'Menu Button Text', textParameter(ctx, 'listTitle'), LIMITS.listTitle);
	checkCount(ctx, 'Rows', sections.length, 'sections', LIMITS.sections);
	for (const section of sections) {
		checkLength(ctx, 'Rows › Section', section.title, LIMITS.sectionTitle);
		checkCount(ctx, `Rows of section "${section.title}"`, section.rows.length, 'rows', LIMITS.rows);
		for (const row of section.rows) {
			checkLength(ctx, 'Rows › Title', row.title, LIMITS.rowTitle);
			checkLength(ctx, 'Rows › Description', row.description, LIMITS.rowDescription);
			checkLength(ctx, 'Rows › Payload', row.payload, LIMITS.rowPayload);
		}
	}
}

function buildMessage(ctx: IExecuteSingleFunctions): OutgoingMessage {
	const type = ctx.getNodeParameter('messageType') as string;
	switch (type) {
		case 'text': {
			const body = String(ctx.getNodeParameter('text', '') ?? '');
			if (body.trim() === '') throw fieldError(ctx, '"Text"', 'is empty');
			checkLength(ctx, 'Text', body, LIMITS.text);
			return textMessage(body);
		}
		case 'audio':
		case 'document':
		case 'gif':
		case 'image':
		case 'ptt':
		case 'sticker':
		case 'video':
			return mediaFromFields(ctx, type);
		case 'location': {
			const latitude = Number(ctx.getNodeParameter('latitude', 0));
			const longitude = Number(ctx.getNodeParameter('longitude', 0));
			if (!Number.isFinite(latitude) || Math.abs(latitude) > 90) throw fieldError(ctx, '"Latitude"', 'must be between -90 and 90');
			if (!Number.isFinite(longitude) || Math.abs(longitude) > 180) throw fieldError(ctx, '"Longitude"', 'must be between -180 and 180');
			const name = textParameter(ctx, 'locationName');
			const url = textParameter(ctx, 'locationUrl');
			return { type: 'location', latitude, longitude, ...(name ? { name } : {}), ...(url ? { url } : {}) };
		}
		case 'contact': {
			const cards = collectionEntries<IDataObject>(ctx, 'contactCards', 'card').map((card, i): ContactCard => {
				const name = String(card.name ?? '').trim();
				const phoneNumber = String(card.phoneNumber ?? '').trim();
				const email = String(card.email ?? '').trim();
				const organization = String(card.organization ?? '').trim();
				if (!name) throw fieldError(ctx, `"Contact Cards" card ${i + 1}`, 'has no name');
				if (!phoneNumber && !email) throw fieldError(ctx, `"Contact Cards" card ${i + 1}`, 'needs a phone number or an email');
				return { name, ...(phoneNumber ? { phoneNumber } : {}), ...(email ? { email } : {}), ...(organization ? { organization } : {}) };
			});
			if (cards.length === 0) throw fieldError(ctx, '"Contact Cards"', 'is empty');
			return { type: 'contact', contacts: cards };
		}
		case 'template': {
			const parameters = collectionEntries<{ value?: string }>(ctx, 'templateParameters', 'parameter').map((p) => String(p.value ?? ''));
			const empty = parameters.findIndex((p) => p.trim() === '');
			if (empty !== -1) throw fieldError(ctx, '"Parameters"', `value ${empty + 1} is empty`);
			return templateMessage(requiredText(ctx, 'template', 'Template'), requiredText(ctx, 'templateLanguage', 'Language'), parameters);
		}
		case 'buttons': {
			const buttons = collectionEntries<{ title?: string; payload?: string }>(ctx, 'buttons', 'button').map((b) => {
				const title = String(b.title ?? '').trim();
				return { type: 'reply' as const, reply: { title, payload: String(b.payload ?? '').trim() || title } };
			});
			if (buttons.length === 0) throw fieldError(ctx, '"Buttons"', 'is empty');
			if (buttons.length > 3) throw fieldError(ctx, '"Buttons"', `has ${buttons.length} buttons; WhatsApp allows at most 3`);
			const long = buttons.find((b) => b.reply.title === '' || b.reply.title.length > 20);
			if (long) throw fieldError(ctx, '"Buttons"', `title "${long.reply.title}" must be 1 to 20 characters`);
			buttons.forEach((b, i) => checkLength(ctx, `Buttons › ${i + 1} › Payload`, b.reply.payload, LIMITS.buttonPayload));
			const header = interactiveText(ctx, 'headerText', 'Header', true);
			return {
				type: 'interactive',
				interactive: { type: 'button', components: { ...(header ? { header } : {}), body: interactiveText(ctx, 'bodyText', 'Body')!, buttons } },
			};
		}
		case 'list': {
			const defaultSection = requiredText(ctx, 'sectionTitle', 'Section Title');
			const sections = new Map<string, InteractiveListSection>();
			for (const row of collectionEntries<IDataObject>(ctx, 'rows', 'row')) {
				const title = String(row.title ?? '').trim();
				if (!title) throw fieldError(ctx, '"Rows"', 'has a row without a title');
				const description = String(row.description ?? '').trim();
				const sectionTitle = String(row.section ?? '').trim() || defaultSection;
				const section = sections.get(sectionTitle) ?? { title: sectionTitle, rows: [] };
				section.rows.push({ title, payload: String(row.payload ?? '').trim() || title, ...(description ? { description } : {}) });
				sections.set(sectionTitle, section);
			}
			if (sections.size === 0) throw fieldError(ctx, '"Rows"', 'is empty');
			checkListLimits(ctx, [...sections.values()]);
			const header = interactiveText(ctx, 'headerText', 'Header', true);
			return {
				type: 'interactive',
				interactive: {
					type: 'list',
					components: {
						...(header ? { header } : {}),
						body: interactiveText(ctx, 'bodyText', 'Body')!,
						list: { title: requiredText(ctx, 'listTitle', 'Menu Button Text'), sections: [...sections.values()] },
					},
				},
			};
		}
		case 'product': {
			const body = interactiveText(ctx, 'bodyText', 'Body', true);
			return {
				type: 'interactive',
				interactive: { type: 'product', components: { ...(body ? { body } : {}), product: { productId: requiredText(ctx, 'productId', 'Product ID') } } },
			};
		}
		case 'productList': {
			const items = requiredText(ctx, 'productIds', 'Product IDs')
				.split(',')
				.map((id) => id.trim())
				.filter(Boolean)
				.map((productId) => ({ productId }));
			checkCount(ctx, 'Product IDs', items.length, 'products', LIMITS.products);
			return {
				type: 'interactive',
				interactive: {
					type: 'productList',
					components: {
						header: interactiveText(ctx, 'headerText', 'Header')!,
						body: interactiveText(ctx, 'bodyText', 'Body')!,
						productList: { sections: [{ title: requiredText(ctx, 'sectionTitle', 'Section Title'), items }] },
					},
				},
			};
		}
		case 'json': {
			const raw = ctx.getNodeParameter('messageJson', '{}') as unknown;
			let message: unknown = raw;
			if (typeof raw === 'string') {
				try {
					message = JSON.parse(raw);
				} catch {
					throw fieldError(ctx, '"Message (JSON)"', 'is not valid JSON');
				}
			}
			if (!message || typeof message !== 'object' || Array.isArray(message)) throw fieldError(ctx, '"Message (JSON)"', 'must be a JSON object');
			// A whole request ({"message": {...}}) is accepted too.
			const inner = ((message as IDataObject).message ?? message) as IDataObject;
			// The same text limits as the fields, for the two texts most JSON messages carry.
			if (inner.type === 'text' && typeof inner.body === 'string') checkLength(ctx, 'Message (JSON) › body', inner.body, LIMITS.text);
			if (typeof inner.caption === 'string') checkLength(ctx, 'Message (JSON) › caption', inner.caption, LIMITS.caption);
			return inner as unknown as OutgoingMessage;
		}
	}
	throw fieldError(ctx, '"Message Type"', `"${type}" is not supported`);
}

/**
 * Version 2 templates: the values come from the variables mapper and the send is checked against
 * the channel's template list first, so a rejected template or a wrong count never reaches Spotler.
 */
async function checkedTemplateMessage(ctx: IExecuteSingleFunctions): Promise<OutgoingMessage> {
	const name = requiredText(ctx, 'template', 'Template');
	const language = requiredText(ctx, 'templateLanguage', 'Language');
	const parameters = variableValues(ctx);
	const versions = await spotlerTemplateVersions(ctx, jidPath(channelJidOf(ctx)));
	checkTemplateSend(ctx, name, language, versions, parameters);
	return templateMessage(name, language, parameters);
}

/** Spotler answers only {id}; a conversation is the contact on the channel, so its id is the contact JID. */
const sentSummary = sentSummaryOutput((ctx, answer) => {
	const contactJid = contactJidOf(ctx, channelJidOf(ctx));
	return { messageId: idOf(answer.id), recipient: contactJid, conversationId: contactJid, status: SENT };
});

export const messageSend = operation<MessageSendRequest>({
	name: 'Send',
	value: 'send',
	action: 'Send a message',
	description: 'Send a text, media, location, contact, template or interactive message to a contact',
	method: 'POST',
	path: '/channels/{channel}/messages/{contact}',
	async body() {
		const v2Template = this.getNode().typeVersion >= 2 && this.getNodeParameter('messageType') === 'template';
		return messageSendRequest(v2Template ? await checkedTemplateMessage(this) : buildMessage(this));
	},
	output: [sentSummary],
});
