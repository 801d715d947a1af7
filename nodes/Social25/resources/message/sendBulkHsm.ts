import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { SendBulkHsmRequest } from '../../../../schemas/social25/types.generated';
import { fieldError } from '../../../shared/validation';
import { phoneProblem } from '../../shared/phone';
import { bodyParametersProperty, bodyParameterTexts } from '../../shared/templates';
import { social25LegacySentSummary } from '../../shared/sent';

const show = { resource: ['message'], operation: ['sendBulkHsm'] };

/** Fields of the two deprecated phone-number template endpoints. */
export function legacyHsmFields(show: Record<string, string[]>): INodeProperties[] {
	return [
		{
			displayName: 'From',
			name: 'from',
			type: 'string',
			default: '',
			required: true,
			placeholder: '31600000001',
			description: 'Your WhatsApp Business number',
			displayOptions: { show },
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '',
			required: true,
			placeholder: '31600000000',
			description: 'The customer\'s phone number',
			displayOptions: { show },
		},
		{ displayName: 'Language', name: 'language', type: 'string', default: 'en', required: true, displayOptions: { show } },
		{ displayName: 'Template Name', name: 'templateName', type: 'string', default: '', required: true, displayOptions: { show } },
		bodyParametersProperty(show),
		{
			displayName: 'Process Synchronously',
			name: 'processSync',
			type: 'boolean',
			default: true,
			description: 'Whether Social25 sends before answering (true) or queues the send (false)',
			displayOptions: { show },
		},
	];
}

export const messageSendBulkHsmDescription: INodeProperties[] = [
	{
		displayName: 'Social25 deprecated this endpoint (send_bulk_hsm). Use Message > Send in Bulk with a WhatsApp Template instead.',
		name: 'sendBulkHsmNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	...legacyHsmFields(show),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		],
	},
];

/** Checks the fields the two legacy endpoints share; returns them trimmed. */
export function legacyHsmValues(ctx: IExecuteSingleFunctions) {
	const value = (name: string) => String(ctx.getNodeParameter(name, '') ?? '').trim();
	const values = { from: value('from'), to: value('to'), locale: value('language'), name: value('templateName') };
	for (const [key, label] of [['from', 'From'], ['to', 'To']] as const) {
		const problem = phoneProblem(values[key]);
		if (problem) throw fieldError(ctx, `"${label}"`, problem);
	}
	if (!values.locale) throw fieldError(ctx, '"Language"', 'is empty');
	if (!values.name) throw fieldError(ctx, '"Template Name"', 'is empty');
	return { ...values, parameters: bodyParameterTexts(ctx.getNodeParameter('bodyParameters', {}) as IDataObject), processSync: ctx.getNodeParameter('processSync', true) as boolean };
}

export async function prepareSendBulkHsm(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const values = legacyHsmValues(this);
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const body: SendBulkHsmRequest = {
		process_sync: values.processSync,
		messages: [
			{
				type: 'hsm',
				to: {
					phone_number: values.to,
					...(extra.firstName ? { first_name: String(extra.firstName) } : {}),
					...(extra.lastName ? { last_name: String(extra.lastName) } : {}),
				},
				from: values.from,
				locale: values.locale,
				name: values.name,
				parameters: values.parameters,
			},
		],
	};
	requestOptions.body = body;
	return requestOptions;
}

export const messageSendBulkHsm: INodePropertyOptions = {
	name: 'Send Template HSM by Phone (Deprecated)',
	value: 'sendBulkHsm',
	action: 'Send a template HSM by phone (Deprecated)',
	description: 'DEPRECATED by Social25 (send_bulk_hsm): use Send in Bulk instead',
	routing: { request: { method: 'POST', url: '/tenants/{tenantId}/send_bulk_hsm/' }, send: { preSend: [prepareSendBulkHsm] }, output: { postReceive: [social25LegacySentSummary] } },
};
