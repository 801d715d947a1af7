import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { forOperation, returnAllAndLimit } from '../../../shared/operations';
import { fieldError } from '../../../shared/validation';
import { operation } from '../../shared/operations';

export const failedSyncGetAllFields = [
	...forOperation('failedSync', 'getAll', [
		{
			displayName: 'Social25 only returns messages 15 minutes after they arrived (it retries the sync until then), and at most 31 days per request. Times are UTC.',
			name: 'failedSyncNotice',
			type: 'notice',
			default: '',
		},
		{ displayName: 'From', name: 'fromTime', type: 'dateTime', default: '', required: true, description: 'Start of the window (UTC)' },
		{
			displayName: 'Till',
			name: 'tillTime',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'End of the window (UTC): at most 31 days after From, and at least 15 minutes ago',
		},
		{
			displayName: 'Format',
			name: 'format',
			type: 'options',
			default: 'standard',
			options: [
				{ name: 'Salesforce (Heroku_Message__c)', value: 'salesforce' },
				{ name: 'Standard', value: 'standard' },
			],
			routing: { send: { type: 'query', property: 'type' } },
		},
	]),
	...returnAllAndLimit({ resource: ['failedSync'], operation: ['getAll'] }),
];

/** "2021-05-01T00:00:00" in UTC, the only format the doc shows; undefined when not a date. */
function toNaiveUtc(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	if (!text) return undefined;
	// A date-time without a zone is taken as UTC, as Social25 does.
	const millis = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) || !text.includes('T') ? text : `${text}Z`);
	return Number.isNaN(millis) ? undefined : new Date(millis).toISOString().slice(0, 19);
}

async function failedSyncWindow(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const from = toNaiveUtc(this.getNodeParameter('fromTime', ''));
	const till = toNaiveUtc(this.getNodeParameter('tillTime', ''));
	if (!from) throw fieldError(this, '"From"', 'is empty or not a date');
	if (!till) throw fieldError(this, '"Till"', 'is empty or not a date');
	requestOptions.qs = { ...(requestOptions.qs ?? {}), from_time: from, till_time: till };
	return requestOptions;
}

export const failedSyncGetAll = operation({
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many failed syncs',
	description: 'List messages that did not sync to Salesforce in a time window',
	method: 'GET',
	path: '/tenants/{tenantId}/messages/failed/',
	preSend: [failedSyncWindow],
});
