import type { MediaTemplateHsmRequest } from '../../../../schemas/social25/types.generated';
import { forOperation } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { legacyHsmFields } from '../../shared/descriptions';
import { legacyHsmValues, mediaTemplateHsmMessage } from '../../shared/messages';
import { operation } from '../../shared/operations';
import { social25LegacySentSummary } from '../../shared/sent';
import { headerMediaOptions } from '../../shared/templates';

export const messageSendMediaTemplateHsm = operation<MediaTemplateHsmRequest>({
	name: 'Send Media Template HSM (Deprecated)',
	value: 'sendMediaTemplateHsm',
	action: 'Send a media template HSM (Deprecated)',
	description: 'DEPRECATED by Social25 (media_template_hsm): use Send WhatsApp Template or Send in Bulk instead',
	method: 'POST',
	path: '/tenants/{tenantId}/media_template_hsm/',
	body() {
		const values = legacyHsmValues(this);
		const headerUrl = String(this.getNodeParameter('headerMediaUrl', '') ?? '').trim();
		if (headerUrl && !/^https?:\/\//.test(headerUrl)) throw fieldError(this, '"Header Media URL"', 'must start with http:// or https://');
		return mediaTemplateHsmMessage(values, { type: String(this.getNodeParameter('headerMediaType', 'image')), url: headerUrl });
	},
	output: [social25LegacySentSummary],
});

export const messageSendMediaTemplateHsmFields = forOperation('message', 'sendMediaTemplateHsm', [
	{
		displayName: 'Social25 deprecated this endpoint (media_template_hsm, Media HSM V1). Use Message > Send WhatsApp Template or Send in Bulk instead.',
		name: 'mediaTemplateHsmNotice',
		type: 'notice',
		default: '',
	},
	...legacyHsmFields,
	...headerMediaOptions,
]);
