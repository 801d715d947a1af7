import { idOf, SENT, sentSummaryOutput } from '../../shared/sent-summary';

/**
 * Social25 answers a send with the message itself (id, conversation_id, status). It addresses
 * conversations, not people, and the message names no recipient: recipient stays null
 * (Conversation > Get has the customer behind the conversation).
 */
export const social25SentSummary = sentSummaryOutput((_ctx, answer) => ({
	messageId: idOf(answer.id),
	recipient: null,
	conversationId: idOf(answer.conversation_id),
	status: idOf(answer.status) ?? SENT,
}));

/**
 * The deprecated send_bulk_hsm and media_template_hsm answer only {status} (and the counts when
 * processed at once): they address a phone number, which is the recipient, and name no message
 * or conversation.
 */
export const social25LegacySentSummary = sentSummaryOutput((ctx, answer) => ({
	messageId: null,
	recipient: idOf(String(ctx.getNodeParameter('to', '') ?? '').trim()),
	conversationId: null,
	status: idOf(answer.status) ?? SENT,
}));
