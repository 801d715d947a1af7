import { randomUUID } from 'node:crypto';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { MediaHsmRequest } from '../../../../schemas/social25/types.generated';
import { fieldError } from '../../../shared/validation';
import {
	bodyParametersProperty,
	bodyParameterTexts,
	headerMediaOptions,
	languageProperty,
	templateComponents,
	templateLocator,
} from '../../shared/templates';
import { MESSAGES_URL } from './url';
import { social25SentSummary } from '../../shared/sent';

const show = { resource: ['message'], operation: ['sendWhatsAppTemplate'] };

export const messageSendWhatsAppTemplateDescription: INodeProperties[] = [
	languageProperty(show),
	templateLocator(show),
	bodyParametersProperty(show),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Display Text',
				name: 'text',
				type: 'string',
				default: '',
				description: 'The filled-in template text to show in the Social25 chat window (optional)',
			},
			...headerMediaOptions,
			{ displayName: 'Namespace', name: 'namespace', type: 'string', default: '', description: 'The WhatsApp template namespace (see WhatsApp Template > Get Many)' },
		],
	},
];

export async function prepareSendWhatsAppTemplate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const name = String(this.getNodeParameter('template', '', { extractValue: true }) ?? '').trim();
	const locale = String(this.getNodeParameter('language', '') ?? '').trim();
	if (!locale) throw fieldError(this, '"Language"', 'is empty');
	if (!name) throw fieldError(this, '"Template"', 'is empty');
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const headerUrl = String(extra.headerMediaUrl ?? '').trim();
	if (headerUrl && !/^https?:\/\//.test(headerUrl)) throw fieldError(this, '"Header Media URL"', 'must start with http:// or https://');
	const body: MediaHsmRequest = {
		type: 'MEDIA_HSM',
		name,
		locale,
		// Social25's example carries a client-made uuid; it lets the chat window match the message.
		temp_id: randomUUID(),
		components: templateComponents(bodyParameterTexts(this.getNodeParameter('bodyParameters', {}) as IDataObject), {
			type: String(extra.headerMediaType ?? 'image'),
			url: headerUrl,
		}),
	};
	if (extra.namespace) body.namespace = String(extra.namespace);
	if (extra.text) body.text = String(extra.text);
	requestOptions.body = body;
	return requestOptions;
}

export const messageSendWhatsAppTemplate: INodePropertyOptions = {
	name: 'Send WhatsApp Template',
	value: 'sendWhatsAppTemplate',
	action: 'Send a WhatsApp template',
	description: 'Send an approved WhatsApp template (media HSM), e.g. to start or re-open a conversation',
	routing: { request: { method: 'POST', url: MESSAGES_URL }, send: { preSend: [prepareSendWhatsAppTemplate] }, output: { postReceive: [social25SentSummary] } },
};
