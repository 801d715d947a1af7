import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { ContactVerifyRequest } from '../../../../schemas/wabbit/types.generated';
import { fieldError } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';

export const contactVerifyDescription: INodeProperties[] = [
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 3 },
		placeholder: '+48 123 123 123, +48 600 700 800',
		description: 'The numbers to check for WhatsApp, separated by commas or new lines; with + and country code',
		displayOptions: showFor('contact', ['verify']),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('contact', ['verify']),
		options: [
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
		],
	},
];

export async function prepareContactVerify(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const contacts = String(this.getNodeParameter('phoneNumbers', '') ?? '')
		.split(/[,\n]/)
		.map((n) => n.trim())
		.filter(Boolean);
	if (contacts.length === 0) throw fieldError(this, '"Phone Numbers"', 'is empty');
	const options = this.getNodeParameter('options', {}) as { forceCheck?: boolean; wait?: boolean };
	const body: ContactVerifyRequest = { contacts: contacts as [string, ...string[]], blocking: options.wait ? 'wait' : 'no_wait', force_check: options.forceCheck ?? false };
	requestOptions.body = body;
	return requestOptions;
}
