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
