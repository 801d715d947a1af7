import {
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';

import type {
	InitiateConversationItem,
	InitiateConversationsResponse,
	InitiateRejected,
} from '../../../../schemas/social25/types.generated';
import { batchSizeOf, batchSizeProperty, failItem, inBatches, sendBatch, stringParameter, type BulkEntry } from '../../shared/bulk';
import { phoneProblem } from '../../shared/phone';
import { tenantIdFor } from '../../shared/tenant';
import { social25Request } from '../../shared/transport';
import { platformLocator } from './platform';

const show = { resource: ['conversation'], operation: ['initiate'] };

export const conversationInitiateDescription: INodeProperties[] = [
	// V2 identifies the platform by its external identifier (page_id in the tenant configuration).
	platformLocator(show, 'getInitiatePlatforms', '31201234567'),
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '={{ $json.phone }}',
		description:
			'The customer\'s number, usually an expression on the input items. E.164 (+31611122233) is best; other numbers are read in the national format of the platform\'s country by Social25.',
		displayOptions: { show },
	},
	batchSizeProperty(show, 'Every phone number'),
];

const isRejected = (record: InitiateConversationsResponse['records'][number]): record is InitiateRejected => 'error' in record;

/**
 * A custom operation: Initiate Conversations V2 takes a list, so the input items go out in batches
 * instead of one request each. Output: one item per input item, in order, with its conversation
 * and user ids (or its error).
 */
export async function initiateConversations(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const tenantId = await tenantIdFor(this);
	const output: INodeExecutionData[] = new Array(items.length);
	const entries: Array<BulkEntry<InitiateConversationItem>> = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const platformId = stringParameter(this, 'platform', itemIndex);
		const phone = stringParameter(this, 'phoneNumber', itemIndex);
		if (platformId === '') {
			output[itemIndex] = failItem(this, itemIndex, '"Platform" is empty');
			continue;
		}
		const phoneIssue = phoneProblem(phone);
		if (phoneIssue) {
			output[itemIndex] = failItem(this, itemIndex, `"Phone Number" ${phoneIssue}`, 'Nothing was sent for this item.');
			continue;
		}
		entries.push({ itemIndex, body: { platform_id: platformId, user_identifier: phone } });
	}

	const rejected: string[] = [];
	const rejectedItems: number[] = [];
	for (const batch of inBatches(entries, batchSizeOf(this))) {
		const response = await sendBatch(this, batch, output, async () =>
			await social25Request<InitiateConversationsResponse>(this, batch[0].itemIndex, {
				method: 'POST',
				path: `/tenants/${encodeURIComponent(tenantId)}/conversations/bulk/`,
				body: batch.map((entry) => entry.body),
			}),
		);
		if (!response) continue;
		batch.forEach((entry, position) => {
			const record = response.records[position];
			if (record && !isRejected(record)) {
				output[entry.itemIndex] = { json: { ...record, input: entry.body.user_identifier }, pairedItem: { item: entry.itemIndex } };
				return;
			}
			const reason = record?.error ?? 'Social25 returned no record for this number';
			if (this.continueOnFail()) {
				output[entry.itemIndex] = failItem(this, entry.itemIndex, `Social25 rejected "${entry.body.user_identifier}": ${reason}`);
			} else {
				rejected.push(`item ${entry.itemIndex} "${entry.body.user_identifier}": ${reason}`);
				rejectedItems.push(entry.itemIndex);
			}
		});
	}
	if (rejected.length) {
		throw new NodeOperationError(this.getNode(), `Social25 rejected ${rejected.length} of ${entries.length} phone numbers: ${rejected.join('; ')}`, {
			itemIndex: rejectedItems[0],
			description: 'The other numbers were processed. Turn on Continue On Fail to get one output item per number, with the error on the rejected ones.',
		});
	}
	return [output];
}

/** No routing: the node's customOperations run initiateConversations instead. */
export const conversationInitiate: INodePropertyOptions = {
	name: 'Initiate',
	value: 'initiate',
	action: 'Initiate conversations for phone numbers',
	description: 'Start WhatsApp or SMS conversations for many phone numbers, in as few requests as the batch size allows',
};
