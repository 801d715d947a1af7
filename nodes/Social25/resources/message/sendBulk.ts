import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodePropertyOptions } from 'n8n-workflow';

import type { BulkMessageItem, BulkStatusResponse } from '../../../../schemas/social25/types.generated';
import { batchSizeOf, batchSizeProperty, failItem, failItemWith, inBatches, sendBatch, stringParameter, type BulkEntry } from '../../shared/bulk';
import { lengthProblem } from '../../../shared/limits';
import { forOperation, textField } from '../../../shared/operations';
import { SENT, withSentSummary } from '../../../shared/sent-summary';
import { SOCIAL25_LIMITS } from '../../shared/limits';
import { tenantIdFor } from '../../shared/tenant';
import { mapperValuesInPosition, templateSendProblem, type TemplateVersion } from '../../../shared/templates';
import {
	bodyParametersProperty,
	bodyParameterTexts,
	languageOptionsProperty,
	languageProperty,
	notApprovedProblem,
	templateListPath,
	templateLocator,
	templateVariablesProperty,
	templateVersions,
} from '../../shared/templates';
import { bulkMessageItem } from '../../shared/messages';
import { social25Request } from '../../shared/transport';

const template = { bulkMessageType: ['media_hsm'] };

export const messageSendBulkFields = forOperation('message', 'sendBulk', [
	{
		displayName: 'Message Type',
		name: 'bulkMessageType',
		type: 'options',
		default: 'text',
		options: [
			{ name: 'Text', value: 'text' },
			{ name: 'WhatsApp Template', value: 'media_hsm' },
		],
	},
	textField("The text for each item, usually an expression that uses the item's fields (e.g. the customer's name)", { displayOptions: { show: { bulkMessageType: ['text'] } } }),
	// Version 1 (saved workflows): language as free text, values in a list the user fills blind.
	languageProperty({ ...template, '@version': [1] }),
	// Version 2: the language from WhatsApp's list, one field per placeholder, checked before sending.
	languageOptionsProperty({ ...template, '@version': [2] }),
	templateLocator(template),
	bodyParametersProperty({ ...template, '@version': [1] }),
	templateVariablesProperty({ ...template, '@version': [2] }),
	batchSizeProperty('Every message'),
	{
		displayName: 'Social25 accepts each batch at once and sends its messages afterwards, so the output confirms the hand-over, not delivery. Check Message > Get Many later to see them.',
		name: 'bulkNotice',
		type: 'notice',
		default: '',
	},
]);

/**
 * Version 2: why an item's template would be refused, before anything is sent. The approved
 * templates of a language are read once per run, from the first conversation that uses the
 * language: they belong to the tenant's WhatsApp number, not to one customer.
 */
function templateChecker(ctx: IExecuteFunctions, tenantId: string) {
	const byLanguage = new Map<string, Promise<TemplateVersion[]>>();
	return async (itemIndex: number, conversationId: string, language: string, name: string, values: string[]): Promise<string | undefined> => {
		if (!byLanguage.has(language)) {
			byLanguage.set(
				language,
				social25Request(ctx, itemIndex, { method: 'GET', path: templateListPath(tenantId, conversationId), qs: { language } }).then((r) => templateVersions(r, language)),
			);
		}
		const versions = await byLanguage.get(language)!;
		if (!versions.some((v) => v.name === name)) return `"Template" ${notApprovedProblem(name, language)}`;
		const found = templateSendProblem(name, language, versions, values);
		return found && `"${found.field === 'template' ? 'Template' : 'Template Variables'}" ${found.problem}`;
	};
}

/**
 * A custom operation: POST .../conversations/messages/bulk/ takes a list, so the input items go
 * out in batches. Output: one item per input item saying which request carried it.
 */
export async function sendMessagesInBulk(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const tenantId = await tenantIdFor(this);
	const output: INodeExecutionData[] = new Array(items.length);
	const entries: Array<BulkEntry<BulkMessageItem>> = [];
	const checked = this.getNode().typeVersion >= 2 ? templateChecker(this, tenantId) : undefined;
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const conversationId = stringParameter(this, 'conversationId', itemIndex);
		if (!conversationId) {
			output[itemIndex] = failItem(this, itemIndex, '"Conversation" is empty');
			continue;
		}
		const type = this.getNodeParameter('bulkMessageType', itemIndex) as BulkMessageItem['type'];
		if (type === 'text') {
			const text = String(this.getNodeParameter('text', itemIndex, '') ?? '');
			if (text.trim() === '') {
				output[itemIndex] = failItem(this, itemIndex, '"Text" is empty');
				continue;
			}
			const tooLong = lengthProblem(this, 'Text', text, SOCIAL25_LIMITS.text, itemIndex);
			if (tooLong) {
				output[itemIndex] = failItemWith(this, itemIndex, tooLong);
				continue;
			}
			entries.push({ itemIndex, body: bulkMessageItem(conversationId, { text }) });
			continue;
		}
		const locale = stringParameter(this, 'language', itemIndex);
		const name = stringParameter(this, 'template', itemIndex);
		if (!locale || !name) {
			output[itemIndex] = failItem(this, itemIndex, `"${locale ? 'Template' : 'Language'}" is empty`);
			continue;
		}
		let texts: string[];
		if (checked) {
			texts = mapperValuesInPosition(this.getNodeParameter('templateVariables', itemIndex, {}));
			const problem = await checked(itemIndex, conversationId, locale, name, texts);
			if (problem) {
				output[itemIndex] = failItem(this, itemIndex, problem);
				continue;
			}
		} else {
			texts = bodyParameterTexts(this.getNodeParameter('bodyParameters', itemIndex, {}) as IDataObject);
		}
		entries.push({ itemIndex, body: bulkMessageItem(conversationId, { name, locale, texts }) });
	}

	let batchNumber = 0;
	for (const batch of inBatches(entries, batchSizeOf(this))) {
		batchNumber++;
		const response = await sendBatch(
			this,
			batch,
			output,
			async () =>
				await social25Request<BulkStatusResponse>(this, batch[0].itemIndex, {
					method: 'POST',
					path: `/tenants/${encodeURIComponent(tenantId)}/conversations/messages/bulk/`,
					body: batch.map((entry) => entry.body),
				}),
		);
		if (!response) continue;
		for (const entry of batch) {
			// The bulk answer carries no message ids: Social25 sends the messages after answering.
			const json = { status: response.status ?? SENT, conversation_id: entry.body.conversation_id, type: entry.body.type, batch: batchNumber, batchSize: batch.length };
			output[entry.itemIndex] = {
				json: withSentSummary(json, { messageId: null, recipient: null, conversationId: entry.body.conversation_id, status: json.status }),
				pairedItem: { item: entry.itemIndex },
			};
		}
	}
	return [output];
}

/** No routing: the node's customOperations run sendMessagesInBulk instead. */
export const messageSendBulk: INodePropertyOptions = {
	name: 'Send in Bulk',
	value: 'sendBulk',
	action: 'Send messages in bulk',
	description: 'Send one text or WhatsApp template per input item, in as few requests as the batch size allows',
};
