import type { IDataObject } from 'n8n-workflow';

import type { SendBulkHsmRequest } from '../../../../schemas/social25/types.generated';
import { collection, forOperation } from '../../../shared/operations';
import { legacyHsmFields } from '../../shared/descriptions';
import { bulkHsmMessage, legacyHsmValues } from '../../shared/messages';
import { operation } from '../../shared/operations';
import { social25LegacySentSummary } from '../../shared/sent';

export const messageSendBulkHsm = operation<SendBulkHsmRequest>({
	name: 'Send Template HSM by Phone (Deprecated)',
	value: 'sendBulkHsm',
	action: 'Send a template HSM by phone (Deprecated)',
	description: 'DEPRECATED by Social25 (send_bulk_hsm): use Send in Bulk instead',
	method: 'POST',
	path: '/tenants/{tenantId}/send_bulk_hsm/',
	body() {
		const values = legacyHsmValues(this);
		const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
		return bulkHsmMessage(values, { firstName: extra.firstName ? String(extra.firstName) : undefined, lastName: extra.lastName ? String(extra.lastName) : undefined });
	},
	output: [social25LegacySentSummary],
});

export const messageSendBulkHsmFields = forOperation('message', 'sendBulkHsm', [
	{
		displayName: 'Social25 deprecated this endpoint (send_bulk_hsm). Use Message > Send in Bulk with a WhatsApp Template instead.',
		name: 'sendBulkHsmNotice',
		type: 'notice',
		default: '',
	},
	...legacyHsmFields,
	collection('Additional Fields', 'additionalFields', 'Add Field', [
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
	]),
]);
