import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { CommonMsgContactCard, CommonTemplateMeta, OutBoundContact, OutBoundMessageType, OutBoundMsg, OutBoundMsgMedia, TmplElement } from '../../../../schemas/mehery/types.generated';
import { checkLength } from '../../../shared/limits';
import { collection, emailField, forOperation, pickerLocator, textField } from '../../../shared/operations';
import { idOf, SENT, sentSummaryOutput } from '../../../shared/sent-summary';
import { checkNamedTemplateSend, namedVariableValues, templateLanguageProperty, variablesProperty } from '../../../shared/templates';
import { fieldError } from '../../../shared/validation';
import { channelLocator } from '../../shared/descriptions';
import { meheryData } from '../../shared/envelope';
import { MEHERY_LIMITS } from '../../shared/limits';
import { contactsMessage, locationMessage, mediaMessage, outboundMessage, templateMessage, textMessage, type MessageContent } from '../../shared/messages';
import { operation } from '../../shared/operations';
import { meheryTemplateVersions, pickedCode } from '../../shared/templates';

const forMessageTypes = (types: OutBoundMessageType[]) => ({ show: { messageType: types } });
const forTemplateVersion = (version: number) => ({ show: { messageType: ['template'], '@version': [version] } });

/** The template picker of one version (each lists templates its own way), with the ID and code modes. */
const templateLocator = (description: string, searchListMethod: string) =>
	pickerLocator({
		displayName: 'Template',
		name: 'template',
		description,
		searchListMethod,
		modes: [
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '60d236c6142e53561cb7716c' },
			{ displayName: 'By Code', name: 'code', type: 'string', placeholder: 'FEEDBACK' },
		],
	});

const MEDIA_TYPES: OutBoundMessageType[] = ['audio', 'document', 'image', 'video', 'voice'];

export const messageSendFields = forOperation('message', 'send', [
	channelLocator,
	{
		displayName: 'Send To',
		name: 'recipientBy',
		type: 'options',
		default: 'phone',
		options: [
			{ name: 'Contact ID', value: 'contactId', description: 'A contact Mehery already knows, e.g. from an inbound message' },
			{ name: 'Email Address', value: 'email', description: 'For e-mail channels' },
			{ name: 'Phone Number', value: 'phone', description: 'For WhatsApp and SMS channels' },
		],
	},
	{
		displayName: 'Recipient',
		name: 'recipient',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+91 99887 76655',
		description: 'The contact ID, phone number (international format) or e-mail address to send to',
	},
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		default: 'text',
		options: [
			{ name: 'Audio', value: 'audio' },
			{ name: 'Contact Cards', value: 'contacts', description: 'One or more contact cards (vCards)' },
			{ name: 'Document', value: 'document' },
			{ name: 'Image', value: 'image' },
			{ name: 'Location', value: 'location' },
			{ name: 'Opt In', value: 'optin', description: 'Record that the contact agreed to receive messages' },
			{ name: 'Opt Out', value: 'optout', description: 'Record that the contact no longer wants messages' },
			{ name: 'System', value: 'system', description: 'A system notice with a text' },
			{ name: 'Template', value: 'template', description: 'An approved HSM template; needed to start a WhatsApp conversation' },
			{ name: 'Text', value: 'text' },
			{ name: 'Video', value: 'video' },
			{ name: 'Voice', value: 'voice', description: 'A voice note (sent as audio)' },
		],
	},
	textField('The message text. On WhatsApp, free text reaches a customer only within 24 hours of their last message.', { displayOptions: forMessageTypes(['text', 'system']) }),
	{
		displayName: 'Media URL',
		name: 'mediaUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://example.com/files/receipt.pdf',
		description: 'Public URL of the media file',
		displayOptions: forMessageTypes(MEDIA_TYPES),
	},
	{
		displayName: 'Caption',
		name: 'caption',
		type: 'string',
		default: '',
		description: 'Text shown with the media',
		// The doc's audio member has caption and filename too (OutBoundMsgMedia); a voice note travels in it.
		displayOptions: forMessageTypes(['audio', 'document', 'image', 'video', 'voice']),
	},
	{
		displayName: 'File Name',
		name: 'filename',
		type: 'string',
		default: '',
		placeholder: 'receipt.pdf',
		description: 'The file name the recipient sees',
		displayOptions: forMessageTypes(['audio', 'document', 'voice']),
	},
	{
		displayName: 'Latitude',
		name: 'latitude',
		type: 'number',
		typeOptions: { minValue: -90, maxValue: 90, numberPrecision: 6 },
		required: true,
		default: 0,
		displayOptions: forMessageTypes(['location']),
	},
	{
		displayName: 'Longitude',
		name: 'longitude',
		type: 'number',
		typeOptions: { minValue: -180, maxValue: 180, numberPrecision: 6 },
		required: true,
		default: 0,
		displayOptions: forMessageTypes(['location']),
	},
	collection(
		'Location Details',
		'locationDetails',
		'Add Detail',
		[
			{ displayName: 'Address', name: 'address', type: 'string', default: '', placeholder: '1 Hacker Way, Menlo Park, CA 94025' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'Main Building' },
			{ displayName: 'URL', name: 'url', type: 'string', default: '', description: 'A link for the location, e.g. a map' },
		],
		{ displayOptions: forMessageTypes(['location']) },
	),
	{
		displayName: 'Contact Cards',
		name: 'contactCards',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Contact Card',
		default: {},
		displayOptions: forMessageTypes(['contacts']),
		options: [
			{
				displayName: 'Card',
				name: 'card',
				values: [
					{
						displayName: 'Address Type',
						name: 'addressType',
						type: 'options',
						default: 'HOME',
						options: [
							{
								name: 'Home',
								value: 'HOME',
							},
							{
								name: 'Work',
								value: 'WORK',
							},
						],
					},
					{
						displayName: 'Birthday',
						name: 'birthday',
						type: 'string',
						default: '',
						placeholder: '1990-12-31',
					},
					{
						displayName: 'City',
						name: 'city',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Company',
						name: 'company',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Country',
						name: 'country',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Country Code',
						name: 'countryCode',
						type: 'string',
						default: '',
						placeholder: 'us',
					},
					{
						displayName: 'Department',
						name: 'department',
						type: 'string',
						default: '',
					},
					emailField(),
					{
						displayName: 'Email Type',
						name: 'emailType',
						type: 'options',
						default: 'WORK',
						options: [
							{
								name: 'Home',
								value: 'HOME',
							},
							{
								name: 'Work',
								value: 'WORK',
							},
						],
					},
					{
						displayName: 'First Name',
						name: 'firstName',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Full Name',
						name: 'formattedName',
						type: 'string',
						default: '',
						description: 'The name as shown, e.g. John Smith (required)',
					},
					{
						displayName: 'Job Title',
						name: 'jobTitle',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Last Name',
						name: 'lastName',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Messenger Service',
						name: 'imService',
						type: 'string',
						default: '',
						placeholder: 'FACEBOOK',
						description: 'An instant-messaging account on the card (ims): its service',
					},
					{
						displayName: 'Messenger User ID',
						name: 'imUserId',
						type: 'string',
						default: '',
						placeholder: 'https://www.facebook.com',
						description: 'An instant-messaging account on the card (ims): the user ID on that service',
					},
					{
						displayName: 'Phone',
						name: 'phone',
						type: 'string',
						default: '',
						placeholder: '+1 (940) 555-1234',
					},
					{
						displayName: 'Phone Type',
						name: 'phoneType',
						type: 'options',
						default: 'CELL',
						options: [
							{
								name: 'Cell',
								value: 'CELL',
							},
							{
								name: 'Home',
								value: 'HOME',
							},
							{
								name: 'iPhone',
								value: 'IPHONE',
							},
							{
								name: 'Main',
								value: 'MAIN',
							},
							{
								name: 'Work',
								value: 'WORK',
							},
						],
					},
					{
						displayName: 'State',
						name: 'state',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Street',
						name: 'street',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Website',
						name: 'website',
						type: 'string',
						default: '',
					},
					{
						displayName: 'WhatsApp ID',
						name: 'whatsAppId',
						type: 'string',
						default: '',
						description: 'The WhatsApp ID of the phone number, if known',
					},
					{
						displayName: 'ZIP Code',
						name: 'zip',
						type: 'string',
						default: '',
					},
				],
			},
		],
	},
	// Version 1 (saved workflows): approved templates only, values by name typed blind, language free text.
	{ ...templateLocator('The approved template to send', 'getTemplates'), displayOptions: forTemplateVersion(1) },
	// Version 2: every template with its status on the channel, its own languages, one field per placeholder.
	{ ...templateLocator('The template to send. Each language shows its status on the channel: only approved ones can be sent.', 'getTemplatesWithStatus'), displayOptions: forTemplateVersion(2) },
	templateLanguageProperty({ name: 'templateLanguage', displayName: 'Template Language Name or ID' }, ['template.value', 'channel.value'], forTemplateVersion(2)),
	{
		...variablesProperty('getTemplateVariables', ['template.value', 'templateLanguage', 'channel.value'], forTemplateVersion(2).show),
		description: 'One value per placeholder of the picked template, by name: {{name}} gets the value of "name"',
	},
	{
		displayName: 'Template Parameters',
		name: 'templateParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Parameter',
		default: {},
		description: "Values for the template's placeholders, e.g. name = Ada for {{name}}. Missing ones are left blank.",
		displayOptions: forTemplateVersion(1),
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'amount' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: '10' },
				],
			},
		],
	},
	{
		displayName: 'Template Language',
		name: 'templateLanguage',
		type: 'string',
		default: '',
		placeholder: 'en_US',
		description: "Which language version of the template to send; leave empty for the template's own",
		displayOptions: forTemplateVersion(1),
	},
	{
		displayName: 'Template Link',
		name: 'templateLinked',
		type: 'string',
		default: '',
		// Sent as template.linked, the one template member the doc marks required; the doc does not
		// say what it holds, so it is sent only when set.
		description: "The template's link value, sent only when set. Leave empty unless Mehery tells you what it should hold.",
		displayOptions: forMessageTypes(['template']),
	},
	{
		displayName: 'Buttons',
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Button',
		default: {},
		description: 'Buttons sent with the message (quick replies, links or phone numbers)',
		displayOptions: forMessageTypes(['audio', 'contacts', 'document', 'image', 'location', 'system', 'template', 'text', 'video', 'voice']),
		options: [
			{
				displayName: 'Button',
				name: 'button',
				values: [
					{
						displayName: 'Code',
						name: 'code',
						type: 'string',
						default: '',
						description: 'The value your workflow gets back when a quick reply is pressed',
					},
					{
						displayName: 'Description',
						name: 'desc',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Label',
						name: 'label',
						type: 'string',
						default: '',
						description: 'The text on the button',
					},
					{
						displayName: 'Phone',
						name: 'phone',
						type: 'string',
						default: '',
						placeholder: '+91 9988776655',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						default: 'QUICK_REPLY',
						options: [
							{
								name: 'Phone Number',
								value: 'PHONE_NUMBER',
							},
							{
								name: 'Quick Reply',
								value: 'QUICK_REPLY',
							},
							{
								name: 'URL',
								value: 'URL',
							},
						],
					},
					{
						displayName: 'URL',
						name: 'url',
						type: 'string',
						default: '',
					},
				],
			},
		],
	},
	collection('Options', 'options', 'Add Option', [
		{ displayName: 'Mask Message Data', name: 'mask', type: 'boolean', default: false, description: 'Whether Mehery should mask the message content in its logs' },
		{ displayName: 'Recipient Name', name: 'recipientName', type: 'string', default: '', description: 'The name to use for the recipient, overriding the one Mehery has' },
	]),
]);

const text = (ctx: IExecuteSingleFunctions, name: string) => String(ctx.getNodeParameter(name, '') ?? '').trim();

function recipient(ctx: IExecuteSingleFunctions): OutBoundContact {
	const by = ctx.getNodeParameter('recipientBy') as 'contactId' | 'phone' | 'email';
	const value = text(ctx, 'recipient');
	if (!value) throw fieldError(ctx, '"Recipient"', 'is empty');
	const to: OutBoundContact = {};
	if (by === 'phone') {
		const digits = value
			.replace(/[\s().-]/g, '')
			.replace(/^\+/, '')
			.replace(/^00/, '');
		if (!/^\d{8,15}$/.test(digits)) throw fieldError(ctx, '"Recipient"', `"${value}" is not a phone number in international format`);
		to.phone = digits;
	} else if (by === 'email') {
		if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) throw fieldError(ctx, '"Recipient"', `"${value}" is not an e-mail address`);
		to.email = value;
	} else {
		to.contactId = value;
	}
	const name = String((ctx.getNodeParameter('options', {}) as IDataObject).recipientName ?? '').trim();
	if (name) to.name = name;
	return to;
}

function media(ctx: IExecuteSingleFunctions, type: OutBoundMessageType): OutBoundMsgMedia {
	const link = text(ctx, 'mediaUrl');
	if (!/^https?:\/\/\S+$/.test(link)) throw fieldError(ctx, '"Media URL"', link ? `"${link}" is not an http(s) URL` : 'is empty');
	const out: OutBoundMsgMedia = { link };
	const caption = text(ctx, 'caption');
	checkLength(ctx, 'Caption', caption, MEHERY_LIMITS.caption);
	if (caption) out.caption = caption;
	if (type === 'document' || type === 'audio' || type === 'voice') {
		const filename = text(ctx, 'filename');
		if (filename) out.filename = filename;
	}
	return out;
}

type CardRow = Record<string, string>;

function contactCard(ctx: IExecuteSingleFunctions, row: CardRow, index: number): CommonMsgContactCard {
	const value = (key: string) => String(row[key] ?? '').trim();
	const formatted = value('formattedName') || [value('firstName'), value('lastName')].filter(Boolean).join(' ');
	if (!formatted) throw fieldError(ctx, `"Contact Cards" card ${index + 1}`, 'needs a Full Name (or First/Last Name)');
	const card: CommonMsgContactCard = { name: { formatted_name: formatted } };
	if (value('firstName')) card.name.first_name = value('firstName');
	if (value('lastName')) card.name.last_name = value('lastName');
	if (value('phone')) card.phones = [{ phone: value('phone'), type: value('phoneType') || 'CELL', ...(value('whatsAppId') ? { wa_id: value('whatsAppId') } : {}) }];
	if (value('email')) card.emails = [{ email: value('email'), type: value('emailType') || 'WORK' }];
	if (value('company') || value('department') || value('jobTitle')) {
		card.org = { company: value('company'), department: value('department'), title: value('jobTitle') };
	}
	if (value('website')) card.urls = [{ url: value('website'), type: 'WORK' }];
	if (value('imService') || value('imUserId')) card.ims = [{ service: value('imService'), userid: value('imUserId') }];
	if (value('birthday')) card.birthday = value('birthday');
	const address = { street: value('street'), city: value('city'), state: value('state'), zip: value('zip'), country: value('country'), country_code: value('countryCode') };
	if (Object.values(address).some(Boolean)) card.addresses = [{ ...address, type: value('addressType') || 'HOME' }];
	return card;
}

function template(ctx: IExecuteSingleFunctions): CommonTemplateMeta {
	const locator = ctx.getNodeParameter('template') as { mode: string; value: string };
	const value = String(locator?.value ?? '').trim();
	if (!value) throw fieldError(ctx, '"Template"', 'is empty');
	const data: IDataObject = {};
	for (const row of (ctx.getNodeParameter('templateParameters.parameter', []) as Array<{ name: string; value: string }>) ?? []) {
		if (String(row.name ?? '').trim()) data[row.name.trim()] = row.value;
	}
	const lang = text(ctx, 'templateLanguage');
	const linked = text(ctx, 'templateLinked');
	return { ...(locator.mode === 'code' ? { code: value } : { id: value }), data, ...(lang ? { lang } : {}), ...(linked ? { linked } : {}) };
}

/**
 * Version 2: the template is checked against the account's templates first, so a rejected or
 * pending one, a missing language or values that do not fit its placeholders never reach Mehery.
 * It is sent by the id of the checked language's own document.
 */
async function checkedTemplate(ctx: IExecuteSingleFunctions, channelId: string): Promise<CommonTemplateMeta> {
	const locator = ctx.getNodeParameter('template') as { mode: string; value: string };
	const value = String(locator?.value ?? '').trim();
	if (!value) throw fieldError(ctx, '"Template"', 'is empty');
	const language = text(ctx, 'templateLanguage');
	if (!language) throw fieldError(ctx, '"Template Language"', 'is empty');
	const versions = await meheryTemplateVersions(ctx, channelId);
	const code = pickedCode(versions, locator);
	if (!code) throw fieldError(ctx, '"Template"', `no template has the id "${value}"`);
	const data = namedVariableValues(ctx);
	checkNamedTemplateSend(ctx, code, language, versions, data);
	const version = versions.find((v) => v.name === code && v.language === language)!;
	const linked = text(ctx, 'templateLinked');
	return { id: version.id, data, lang: language, ...(linked ? { linked } : {}) };
}

function buttons(ctx: IExecuteSingleFunctions): TmplElement[] {
	// The collection, not the path 'buttons.button': with no button added that path is not set, and n8n
	// would be asked for it on every item; the collection is read once per run (plain-expressions.ts).
	const rows = ((ctx.getNodeParameter('buttons', {}) ?? {}) as { button?: Array<Record<string, string>> }).button ?? [];
	return rows.map((row, i) => {
		const label = String(row.label ?? '').trim();
		if (!label) throw fieldError(ctx, `"Buttons" button ${i + 1}`, 'needs a Label');
		const button: TmplElement = { name: String(row.code ?? '').trim() || label, label, type: row.type as TmplElement['type'] };
		if (String(row.code ?? '').trim()) button.code = row.code.trim();
		if (String(row.desc ?? '').trim()) button.desc = row.desc.trim();
		if (row.type === 'URL') {
			if (!/^https?:\/\/\S+$/.test(String(row.url ?? '').trim())) throw fieldError(ctx, `"Buttons" button ${i + 1}`, 'needs an http(s) URL');
			button.url = row.url.trim();
		}
		if (row.type === 'PHONE_NUMBER') {
			if (!String(row.phone ?? '').trim()) throw fieldError(ctx, `"Buttons" button ${i + 1}`, 'needs a Phone');
			button.phone = row.phone.trim();
		}
		return button;
	});
}

/** Builds the OutBoundMsg: the member for the message type, the recipient, buttons and mask. */
async function messageSendBody(this: IExecuteSingleFunctions): Promise<OutBoundMsg> {
	const channelId = String(this.getNodeParameter('channel', undefined, { extractValue: true }) ?? '').trim();
	if (!channelId) throw fieldError(this, '"Channel"', 'is empty');
	const type = this.getNodeParameter('messageType') as OutBoundMessageType;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const to = recipient(this);
	const content = await messageContent(this, type, channelId);
	// Opt-in and opt-out messages carry no buttons.
	const withButtons = type !== 'optin' && type !== 'optout';
	return outboundMessage(channelId, to, content, { mask: options.mask === true, buttons: withButtons ? buttons(this) : [] });
}

/** The type's member, from the fields shown for that type. */
async function messageContent(ctx: IExecuteSingleFunctions, type: OutBoundMessageType, channelId: string): Promise<MessageContent> {
	switch (type) {
		case 'text':
		case 'system': {
			const body = String(ctx.getNodeParameter('text', '') ?? '');
			if (body.trim() === '') throw fieldError(ctx, '"Text"', 'is empty');
			checkLength(ctx, 'Text', body, MEHERY_LIMITS.text);
			return textMessage(body, type);
		}
		case 'audio':
		case 'document':
		case 'image':
		case 'video':
		case 'voice':
			return mediaMessage(type, media(ctx, type));
		case 'location': {
			const details = ctx.getNodeParameter('locationDetails', {}) as IDataObject;
			return locationMessage({
				latitude: String(ctx.getNodeParameter('latitude')),
				longitude: String(ctx.getNodeParameter('longitude')),
				...(details.name ? { name: String(details.name) } : {}),
				...(details.address ? { address: String(details.address) } : {}),
				...(details.url ? { url: String(details.url) } : {}),
			});
		}
		case 'contacts': {
			const rows = (ctx.getNodeParameter('contactCards.card', []) as CardRow[]) ?? [];
			if (rows.length === 0) throw fieldError(ctx, '"Contact Cards"', 'has no card');
			return contactsMessage(rows.map((row, i) => contactCard(ctx, row, i)));
		}
		case 'template':
			return templateMessage(ctx.getNode().typeVersion >= 2 ? await checkedTemplate(ctx, channelId) : template(ctx));
		default:
			return { type };
	}
}

/**
 * Mehery's receipt holds only the message id; the session the message joins is not in it, so the
 * conversation stays null (Session > Get Messages or the trigger's sessionId has it).
 */
const sentSummary = sentSummaryOutput((ctx, answer) => ({
	messageId: idOf(answer.id),
	recipient: idOf(String(ctx.getNodeParameter('recipient', '') ?? '').trim()),
	conversationId: null,
	status: idOf(answer.status) ?? SENT,
}));

export const messageSend = operation<OutBoundMsg>({
	name: 'Send',
	value: 'send',
	action: 'Send a message',
	description: 'Send a text, media, location, contact card, template or opt-in/out message',
	method: 'POST',
	path: '/api/v1/message/send',
	body: messageSendBody,
	output: [meheryData, sentSummary],
});
