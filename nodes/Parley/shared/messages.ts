import type { ReplyRequest } from '../../../schemas/parley/types.generated';

/**
 * Parley's outbound message: a reply to a result, the only thing Parley sends. Result › Reply and
 * the Omnichannel Reply node both build it here. The reply call takes a form (the external spec's
 * encoding), so every value travels as text.
 */
export const REPLY_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** The id as the caller has it: a picked connection is text, a result's own one a number. */
export type ReplyFields = Omit<ReplyRequest, 'connectionId'> & { connectionId: ReplyRequest['connectionId'] | string };

export function replyForm(reply: ReplyFields): string {
	return new URLSearchParams({ message: reply.message, connectionId: String(reply.connectionId), public: String(reply.public) }).toString();
}
