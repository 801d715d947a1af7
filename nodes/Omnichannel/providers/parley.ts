import type { Result } from '../../../schemas/parley/types.generated';
import { looksLikeReply, readPayload, readReplyAvailability, succeeded } from '../../Parley/shared/envelope';
import { readParleyError } from '../../Parley/shared/errors';
import { PARLEY_LIMITS, PARLEY_WHATSAPP_LIMITS } from '../../Parley/shared/limits';
import { REPLY_CONTENT_TYPE, replyForm } from '../../Parley/shared/messages';
import { ReplyError, type ReplyAdapter } from '../shared/types';

/**
 * Parley: a reply answers one result (the item's message id) and joins its case. The result is
 * read first for its connection and visibility (a public post gets a public reply, a private
 * message a private one), and whether Parley accepts replies to it at all.
 */
export const parleyReply: ReplyAdapter = {
	provider: 'parley',
	displayName: 'Parley',
	credentialType: 'parleyOAuth2Api',
	limits: (target) => {
		// A reply is one text (a media reply's caption travels in it); on WhatsApp, WhatsApp's limit.
		const reply = target.channel === 'whatsapp' ? PARLEY_WHATSAPP_LIMITS.reply : PARLEY_LIMITS.reply;
		return { text: reply, caption: reply };
	},
	readError: readParleyError,
	async send(ctx, target, content) {
		if (content.kind !== 'text') {
			throw new ReplyError(`Parley replies are text only; a ${content.kind} reply cannot be sent`, 'Choose "Text" under "Reply With" for Parley items.');
		}
		const resultId = String(target.messageId ?? '');
		if (!/^\d+$/.test(resultId)) throw new ReplyError('The item has no "messageId" (the Parley result ID) to reply to');
		// Read wherever the answer puts them (Parley's readers, schemas/parley/README.md "Tolerated alternatives").
		const { result, replyAvailable } = readReplyAvailability(await ctx.request<unknown>({ method: 'GET', path: `/results/${resultId}/noContext` }));
		if (replyAvailable === false) {
			throw new ReplyError(`Parley result ${resultId} cannot be replied to`, `Parley reports replyAvailable = false for this ${result?.source ?? ''} result, so no reply was sent.`);
		}
		// Without a result in the answer, the item's own copy of it (Simplify keeps it under raw) gives connection and visibility.
		const own = (result ?? (target.raw as unknown as Partial<Result> | undefined) ?? {}) as Partial<Result>;
		if (own.connectionId === null || own.connectionId === undefined) throw new ReplyError(`Parley result ${resultId} has no connection to reply on`);
		const answer = await ctx.request<unknown>({
			method: 'POST',
			path: `/results/${resultId}/replies`,
			headers: { 'Content-Type': REPLY_CONTENT_TYPE },
			body: replyForm({ message: content.text, connectionId: own.connectionId, public: own.public !== false }),
		});
		const reply = readPayload(answer, 'reply', looksLikeReply);
		return { messageId: reply?.id !== undefined ? String(reply.id) : null, response: reply ?? { success: succeeded(answer) } };
	},
};
