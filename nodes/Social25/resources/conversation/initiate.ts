import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData, type INodePropertyOptions } from 'n8n-workflow';

import type { Conversation, InitiateConversationItem, InitiateConversationsResponse, InitiateRejected } from '../../../../schemas/social25/types.generated';
import { forOperation } from '../../../shared/operations';
import { batchSizeOf, batchSizeProperty, failItem, inBatches, sendBatch, stringParameter, type BulkEntry } from '../../shared/bulk';
import { digitsOf, matchesExactlyOnly, phoneProblem, samePhoneNumber } from '../../shared/phone';
import { tenantIdFor } from '../../shared/tenant';
import { social25Request } from '../../shared/transport';
import { platformLocator } from '../../shared/descriptions';

export const conversationInitiateFields = forOperation('conversation', 'initiate', [
	// V2 identifies the platform by its external identifier (page_id in the tenant configuration).
	platformLocator('getInitiatePlatforms', '31201234567'),
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '={{ $json.phone }}',
		description: "The customer's number, usually an expression on the input items. E.164 (+31611122233) is best; other numbers are read in the national format of the platform's country by Social25.",
	},
	batchSizeProperty('Every phone number'),
]);

type AnswerRecord = InitiateConversationsResponse['records'][number];

const isRejected = (record: AnswerRecord): record is InitiateRejected => 'error' in record;

/** A record with the number it is for: its own user_identifier, else the one its conversation holds. */
interface IdentifiedRecord {
	record: AnswerRecord;
	phone?: string;
}

/**
 * The document does not say whether records keep the order of the request, whether a rejected
 * number keeps a record, or whether a record names its number (its example holds only the two
 * ids). So records are never paired by position: each is paired by the number it names, and a
 * record that names none is looked up (its conversation's user holds the stored number).
 */
async function identifiedRecords(ctx: IExecuteFunctions, tenantId: string, itemIndex: number, records: AnswerRecord[]): Promise<IdentifiedRecord[]> {
	return await Promise.all(
		records.map(async (record): Promise<IdentifiedRecord> => {
			if (!record || typeof record !== 'object') return { record };
			const own = (record as { user_identifier?: unknown }).user_identifier;
			if (typeof own === 'string' && own !== '') return { record, phone: own };
			const conversationId = (record as { conversation_id?: unknown }).conversation_id;
			if (typeof conversationId !== 'string' || conversationId === '') return { record };
			try {
				const conversation = await social25Request<Conversation>(ctx, itemIndex, {
					method: 'GET',
					path: `/tenants/${encodeURIComponent(tenantId)}/conversations/${encodeURIComponent(conversationId)}/details/`,
				});
				const phone = conversation?.user?.phone_number;
				return { record, phone: typeof phone === 'string' && phone !== '' ? phone : undefined };
			} catch {
				// A conversation that cannot be read names no number: its record stays unpaired.
				return { record };
			}
		}),
	);
}

/**
 * The records of one answer, found by the number they are for: an unused one first (the same
 * number may be sent twice). Indexed by digits once per batch, so pairing 500 numbers does not
 * compare every number with every record; a national number ("0611…") is compared one by one.
 */
class RecordsByPhone {
	private readonly byDigits = new Map<string, number[]>();
	private readonly used = new Set<number>();

	constructor(private readonly records: IdentifiedRecord[]) {
		records.forEach((r, index) => {
			if (r.phone === undefined) return;
			const digits = digitsOf(r.phone);
			if (!digits) return;
			this.byDigits.set(digits, [...(this.byDigits.get(digits) ?? []), index]);
		});
	}

	take(typed: string): AnswerRecord | undefined {
		const matches = matchesExactlyOnly(typed)
			? (this.byDigits.get(digitsOf(typed)) ?? [])
			: this.records.flatMap((r, index) => (r.phone !== undefined && samePhoneNumber(typed, r.phone) ? [index] : []));
		const chosen = matches.find((index) => !this.used.has(index)) ?? matches[0];
		if (chosen === undefined) return undefined;
		this.used.add(chosen);
		return this.records[chosen].record;
	}
}

/**
 * A custom operation: Initiate Conversations V2 takes a list, so the input items go out in batches
 * instead of one request each. Output: one item per input item, in order, with its conversation
 * and user ids (or its error), each paired with its record by phone number.
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
		const response = await sendBatch(
			this,
			batch,
			output,
			async () =>
				await social25Request<InitiateConversationsResponse>(this, batch[0].itemIndex, {
					method: 'POST',
					path: `/tenants/${encodeURIComponent(tenantId)}/conversations/bulk/`,
					body: batch.map((entry) => entry.body),
				}),
		);
		if (!response) continue;
		const records = await identifiedRecords(this, tenantId, batch[0].itemIndex, Array.isArray(response.records) ? response.records : []);
		const byPhone = new RecordsByPhone(records);
		for (const entry of batch) {
			const record = byPhone.take(entry.body.user_identifier);
			if (record && !isRejected(record)) {
				output[entry.itemIndex] = { json: { ...record, input: entry.body.user_identifier }, pairedItem: { item: entry.itemIndex } };
				continue;
			}
			const reason = record ? (record as InitiateRejected).error : `Social25 returned no record for this number${response.success === false ? ' (its answer says not every number succeeded)' : ''}`;
			if (this.continueOnFail()) {
				output[entry.itemIndex] = failItem(this, entry.itemIndex, `Social25 rejected "${entry.body.user_identifier}": ${reason}`);
			} else {
				rejected.push(`item ${entry.itemIndex} "${entry.body.user_identifier}": ${reason}`);
				rejectedItems.push(entry.itemIndex);
			}
		}
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
