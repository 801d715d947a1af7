import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { MediaTemplateHsmRequest } from '../../../../schemas/social25/types.generated';
import { fieldError } from '../../../shared/validation';
import { headerMediaOptions, templateComponents } from '../../shared/templates';
import { legacyHsmFields, legacyHsmValues } from './sendBulkHsm';
import { social25LegacySentSummary } from '../../shared/sent';

const show = { resource: ['message'], operation: ['sendMediaTemplateHsm'] };

export const messageSendMediaTemplateHsmDescription: INodeProperties[] = [
	{
		displayName: 'Social25 deprecated this endpoint (media_template_hsm, Media HSM V1). Use Message > Send WhatsApp Template or Send in Bulk instead.',
		name: 'mediaTemplateHsmNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	...legacyHsmFields(show),
	...headerMediaOptions.map((option) => ({ ...option, displayOptions: { show } })),
];

export async function prepareSendMediaTemplateHsm(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const values = legacyHsmValues(this);
	const headerUrl = String(this.getNodeParameter('headerMediaUrl', '') ?? '').trim();
	if (headerUrl && !/^https?:\/\//.test(headerUrl)) throw fieldError(this, '"Header Media URL"', 'must start with http:// or https://');
	const body: MediaTemplateHsmRequest = {
		process_sync: values.processSync,
		messages: [
			{
				type: 'template',
				to: values.to,
				from: values.from,
				locale: values.locale,
				name: values.name,
				components: templateComponents(values.parameters, { type: String(this.getNodeParameter('headerMediaType', 'image')), url: headerUrl }),
			},
		],
	};
	requestOptions.body = body;
	return requestOptions;
}

export const messageSendMediaTemplateHsm: INodePropertyOptions = {
	name: 'Send Media Template HSM (Deprecated)',
	value: 'sendMediaTemplateHsm',
	action: 'Send a media template HSM (Deprecated)',
	description: 'DEPRECATED by Social25 (media_template_hsm): use Send WhatsApp Template or Send in Bulk instead',
	routing: { request: { method: 'POST', url: '/tenants/{tenantId}/media_template_hsm/' }, send: { preSend: [prepareSendMediaTemplateHsm] }, output: { postReceive: [social25LegacySentSummary] } },
};
