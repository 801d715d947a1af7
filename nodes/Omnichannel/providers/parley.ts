import type { IDataObject } from 'n8n-workflow';

import type { Reply, Result } from '../../../schemas/parley/types.generated';
import { readParleyError } from '../../Parley/shared/errors';
import { PARLEY_LIMITS, PARLEY_WHATSAPP_LIMITS } from '../../Parley/shared/limits';
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
		const { data } = await ctx.request<{ data: { result: Result } }>({ method: 'GET', path: `/results/${resultId}/noContext` });
		const result = data.result;
		if (!result.replyAvailable) {
			throw new ReplyError(`Parley result ${resultId} cannot be replied to`, `Parley reports replyAvailable = false for this ${result.source} result, so no reply was sent.`);
		}
		if (result.connectionId === null || result.connectionId === undefined) throw new ReplyError(`Parley result ${resultId} has no connection to reply on`);
		const answer = await ctx.request<{ data: { reply: Reply } }>({
			method: 'POST',
			path: `/results/${resultId}/replies`,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			// The form encoding Parley's reply call takes (as the Parley node sends it).
			body: new URLSearchParams({ message: content.text, connectionId: String(result.connectionId), public: String(result.public !== false) }).toString(),
		});
		return { messageId: String(answer.data.reply.id), response: answer.data.reply as unknown as IDataObject };
	},
};
