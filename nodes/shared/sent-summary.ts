import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

/**
 * What every send operation adds to its output, named alike for all providers, so the next node
 * finds the sent message without knowing the provider's answer: its id, who it went to, the
 * conversation it belongs to and its status. Null where the provider's answer does not say.
 */
export interface SentSummary {
	messageId: string | null;
	recipient: string | null;
	conversationId: string | null;
	status: string | null;
}

/** The status when the answer gives none: the provider accepted the message for sending. */
export const SENT = 'sent';

/** A value from an answer as a string, or null when it is missing or empty. */
export function idOf(value: unknown): string | null {
	return value === undefined || value === null || value === '' ? null : String(value);
}

/**
 * The item with the summary merged in, its keys first. Keys the provider's answer already has keep
 * their value (saved workflows read them), so the summary only fills in the missing ones. Named
 * keys first, then the answer: see CONTRIBUTING.md, "Copies on the per-item path".
 */
export function withSentSummary(json: IDataObject, summary: SentSummary): IDataObject {
	return { messageId: summary.messageId, recipient: summary.recipient, conversationId: summary.conversationId, status: summary.status, ...json };
}

/** A postReceive step that merges the summary `read` finds for each output item. */
export function sentSummaryOutput(read: (ctx: IExecuteSingleFunctions, answer: IDataObject) => SentSummary): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
		return items.map((item) => ({ ...item, json: withSentSummary(item.json, read(this, item.json)) }));
	};
}
