import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { TemplateCategory, TemplateCreate } from '../../../../schemas/wabbit/types.generated';
import { collection, forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { jsonParameter } from '../../shared/descriptions';
import { operation } from '../../shared/operations';

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
const title = (value: string) =>
	value
		.toLowerCase()
		.split('_')
		.map((w) => w[0].toUpperCase() + w.slice(1))
		.join(' ');

export const templateCreate = operation<TemplateCreate>({
	name: 'Create',
	value: 'create',
	action: 'Create a template',
	// Wabbit API: POST /templates/, inferred.
	description: 'Submit a WhatsApp message template for approval; admins only',
	method: 'POST',
	path: '/templates/',
	body: templateCreateBody,
});

export const templateCreateFields = forOperation('template', 'create', [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'order_shipped',
		description: 'Lower-case letters, digits and underscores. Templates cannot be edited: to change one, delete it (in the Hub) and create it again.',
	},
	{
		displayName: 'Category',
		name: 'category',
		type: 'options',
		default: '',
		options: CATEGORIES.map((value) => ({ name: title(value), value })),
	},
	{
		displayName: 'Language Code',
		name: 'language',
		type: 'string',
		default: 'en',
		required: true,
		placeholder: 'en',
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
	},
	collection('Additional Fields', 'additionalFields', 'Add Field', [
		{
			displayName: 'Components (JSON)',
			name: 'components',
			type: 'json',
			default: '[]',
			description: 'All components in the WhatsApp Business API template format (header, body, footer, buttons); replaces Body Text, Header Text and Footer Text',
		},
		{ displayName: 'Footer Text', name: 'footerText', type: 'string', default: '' },
		{ displayName: 'Header Text', name: 'headerText', type: 'string', default: '' },
	]),
]);

/** Builds WhatsApp template components from the simple fields, unless components are given as JSON. */
function templateCreateBody(this: IExecuteSingleFunctions): TemplateCreate {
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
	return {
		name,
		category: this.getNodeParameter('category') as TemplateCategory,
		language: String(this.getNodeParameter('language', 'en')),
		components: components as TemplateCreate['components'],
	};
}
