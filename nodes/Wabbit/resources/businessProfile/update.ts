import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { BusinessProfileUpdate, Vertical } from '../../../../schemas/wabbit/types.generated';
import { checkLength } from '../../../shared/limits';
import { collection, emailField, forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { WABBIT_LIMITS } from '../../shared/limits';
import { operation } from '../../shared/operations';

const VERTICALS: Vertical[] = [
	'Automotive',
	'Beauty, Spa and Salon',
	'Clothing and Apparel',
	'Education',
	'Entertainment',
	'Event Planning and Service',
	'Finance and Banking',
	'Food and Grocery',
	'Hotel and Lodging',
	'Medical and Health',
	'Non-profit',
	'Other',
	'Professional Services',
	'Public Service',
	'Restaurant',
	'Shopping and Retail',
	'Travel and Transportation',
];

export const businessProfileUpdate = operation<BusinessProfileUpdate>({
	name: 'Update',
	value: 'update',
	action: 'Update the business profile',
	// Wabbit API: PATCH /settings/business/profile/, inferred.
	description: 'Change address, description, email, industry or websites; admins only',
	method: 'PATCH',
	path: '/settings/business/profile/',
	body: businessProfileUpdateBody,
});

export const businessProfileUpdateFields = forOperation('businessProfile', 'update', [
	collection('Update Fields', 'updateFields', 'Add Field', [
		{ displayName: 'Address', name: 'address', type: 'string', default: '' },
		{ displayName: 'Description', name: 'description', type: 'string', default: '', typeOptions: { rows: 2 } },
		emailField(),
		{ displayName: 'Industry', name: 'vertical', type: 'options', options: VERTICALS.map((v) => ({ name: v, value: v })), default: '' },
		{ displayName: 'Websites', name: 'websites', type: 'string', default: '', placeholder: 'https://shop.example.com, https://example.com', description: 'Up to two URLs, separated by commas' },
	]),
]);

function businessProfileUpdateBody(this: IExecuteSingleFunctions): BusinessProfileUpdate {
	const fields = this.getNodeParameter('updateFields', {}) as { address?: string; description?: string; email?: string; vertical?: Vertical; websites?: string };
	if (Object.keys(fields).length === 0) throw fieldError(this, '"Update Fields"', 'is empty: add at least one field');
	checkLength(this, 'Address', fields.address, WABBIT_LIMITS.profileText);
	checkLength(this, 'Description', fields.description, WABBIT_LIMITS.profileText);
	const { websites, ...rest } = fields;
	const body: BusinessProfileUpdate = { ...rest };
	if (websites !== undefined) {
		const list = websites
			.split(',')
			.map((w) => w.trim())
			.filter(Boolean);
		if (list.length > 2) throw fieldError(this, '"Websites"', 'has more than two URLs');
		body.websites = list as BusinessProfileUpdate['websites'];
	}
	return body;
}
