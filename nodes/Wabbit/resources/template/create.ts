import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { TemplateCategory, TemplateCreate } from '../../../../schemas/wabbit/types.generated';
import { fieldError } from '../../../shared/validation';
import { jsonParameter, showFor } from '../../shared/descriptions';

const CATEGORIES: TemplateCategory[] = [
	'ACCOUNT_UPDATE',
	'ALERT_UPDATE',
	'APPOINTMENT_UPDATE',
	'AUTO_REPLY',
	'ISSUE_RESOLUTION',
	'PAYMENT_UPDATE',
	'PERSONAL_FINANCE_UPDATE',
	'RESERVATION_UPDATE',
	'SHIPPING_UPDATE',
	'TICKET_UPDATE',
	'TRANSPORTATION_UPDATE',
];
const title = (value: string) => value.toLowerCase().split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');

export const templateCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'order_shipped',
		description: 'Lower-case letters, digits and underscores. Templates cannot be edited: to change one, delete it (in the Hub) and create it again.',
		displayOptions: showFor('template', ['create']),
	},
	{
		displayName: 'Category',
		name: 'category',
		type: 'options',
		default: '',
		options: CATEGORIES.map((value) => ({ name: title(value), value })),
		displayOptions: showFor('template', ['create']),
	},
	{
		displayName: 'Language Code',
		name: 'language',
		type: 'string',
		default: 'en',
		required: true,
		placeholder: 'en',
		displayOptions: showFor('template', ['create']),
	},
	{
		displayName: 'Body Text',
		name: 'bodyText',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 3 },
		placeholder: 'Hi {{1}}, your order {{2}} has shipped.',
		description: 'The message text; {{1}}, {{2}}... are filled in when sending.',
		displayOptions: showFor('template', ['create']),
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('template', ['create']),
		options: [
			{
				displayName: 'Components (JSON)',
				name: 'components',
				type: 'json',
				default: '[]',
				description: 'All components in the WhatsApp Business API template format (header, body, footer, buttons); replaces Body Text, Header Text and Footer Text',
			},
			{ displayName: 'Footer Text', name: 'footerText', type: 'string', default: '' },
			{ displayName: 'Header Text', name: 'headerText', type: 'string', default: '' },
		],
	},
];

/** Builds WhatsApp template components from the simple fields, unless components are given as JSON. */
export async function prepareTemplateCreate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const fields = this.getNodeParameter('additionalFields', {}) as { components?: unknown; headerText?: string; footerText?: string };
	let components = jsonParameter(this, fields.components, 'Components (JSON)') as IDataObject[] | undefined;
	if (components !== undefined && !Array.isArray(components)) throw fieldError(this, '"Components (JSON)"', 'must be a JSON array');
	if (!components?.length) {
		const bodyText = String(this.getNodeParameter('bodyText', '') ?? '');
		if (!bodyText.trim()) throw fieldError(this, '"Body Text"', 'is empty');
		components = [
			...(fields.headerText ? [{ type: 'HEADER', format: 'TEXT', text: fields.headerText }] : []),
			{ type: 'BODY', text: bodyText },
			...(fields.footerText ? [{ type: 'FOOTER', text: fields.footerText }] : []),
		];
	}
	const name = String(this.getNodeParameter('name', '') ?? '').trim();
	if (!/^[a-z0-9_]+$/.test(name)) throw fieldError(this, '"Name"', `"${name}" must use lower-case letters, digits and underscores only`);
	const body: TemplateCreate = {
		name,
		category: this.getNodeParameter('category') as TemplateCategory,
		language: String(this.getNodeParameter('language', 'en')),
		components: components as TemplateCreate['components'],
	};
	requestOptions.body = body;
	return requestOptions;
}
