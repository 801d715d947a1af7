import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { ContactVerifyRequest } from '../../../../schemas/wabbit/types.generated';
import { collection, forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { operation } from '../../shared/operations';

export const contactVerify = operation<ContactVerifyRequest>({
	name: 'Verify',
	value: 'verify',
	action: 'Verify phone numbers',
	// Wabbit API: POST /contacts/verify/, inferred; works like WABA's /v1/contacts.
	description: 'Check which phone numbers are on WhatsApp',
	method: 'POST',
	path: '/contacts/verify/',
	body: verifyBody,
});

export const contactVerifyFields = forOperation('contact', 'verify', [
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 3 },
		placeholder: '+48 123 123 123, +48 600 700 800',
		description: 'The numbers to check for WhatsApp, separated by commas or new lines; with + and country code',
	},
	collection('Options', 'options', 'Add Option', [
		{
			displayName: 'Force Check',
			name: 'forceCheck',
			type: 'boolean',
			default: false,
			description: 'Whether to bypass the 7-day contacts cache',
		},
		{
			displayName: 'Wait for Result',
			name: 'wait',
			type: 'boolean',
			default: false,
			description: 'Whether to wait for WhatsApp to check every number (blocking "wait") instead of answering "processing" for unknown ones',
		},
	]),
]);

function verifyBody(this: IExecuteSingleFunctions): ContactVerifyRequest {
	const contacts = String(this.getNodeParameter('phoneNumbers', '') ?? '')
		.split(/[,\n]/)
		.map((n) => n.trim())
		.filter(Boolean);
	if (contacts.length === 0) throw fieldError(this, '"Phone Numbers"', 'is empty');
	const options = this.getNodeParameter('options', {}) as { forceCheck?: boolean; wait?: boolean };
	return { contacts: contacts as [string, ...string[]], blocking: options.wait ? 'wait' : 'no_wait', force_check: options.forceCheck ?? false };
}
