import { Router } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type { MessageSendRequest } from '../../../../schemas/spotler/types.generated';
import { requireScope } from '../auth';
import { SpotlerError } from '../errors';
import { emitEvent } from '../events';
import { assertContactJid, channelFrom, validateBody } from '../lookup';
import { conversationKey, isoNow, messageId, type Conversation, type SpotlerState } from '../state';

const CARE_WINDOW_MS = 24 * 3_600_000;

/** The conversation of a contact on a channel, created (with the contact) on first contact. */
export function ensureConversation(ctx: ProviderContext, state: SpotlerState, channelJid: string, contactJid: string): Conversation {
	const key = conversationKey(channelJid, contactJid);
	let conversation = state.conversations.get(key);
	if (!conversation) {
		const contacts = state.contacts.get(channelJid)!;
		if (!contacts.has(contactJid)) {
			contacts.set(contactJid, { jid: contactJid, name: contactJid.split('@')[0], reference: null, remarks: null, metadata: {} });
		}
		conversation = {
			id: ctx.faker.string.alphanumeric(27) + '=',
			channelJid,
			contactJid,
			status: 'OPEN',
			assignee: null,
			team: null,
			labels: [],
			unreadCount: null,
			createdAt: isoNow(),
			lastMessageReceivedAt: null,
			lastMessageSentAt: null,
			messagesReceived: 0,
			messagesSent: 0,
			messages: [],
		};
		state.conversations.set(key, conversation);
	}
	return conversation;
}

export function messageRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const router = Router();

	router.post('/channels/:channelJid/messages/:contactJid', requireScope('channel'), async (req, res) => {
		const s = state();
		const channel = channelFrom(s, req, res);
		const contactJid = param(req, 'contactJid');
		assertContactJid(channel, contactJid);
		const { message } = validateBody<MessageSendRequest>(ctx, 'MessageSendRequest', req.body);

		const existing = s.conversations.get(conversationKey(channel.jid, contactJid));
		const onWhatsApp = channel.jid.endsWith('@whatsapp.eazy.im');
		if (onWhatsApp && (message.type as string) !== 'template') {
			const last = existing?.lastMessageReceivedAt ? Date.parse(existing.lastMessageReceivedAt) : undefined;
			if (last === undefined || Date.now() - last > CARE_WINDOW_MS) {
				throw new SpotlerError(1015, 'Customer care window expired: send a template message to start the conversation');
			}
		}

		const conversation = ensureConversation(ctx, s, channel.jid, contactJid);
		const id = messageId(ctx.faker);
		const createdAt = isoNow();
		conversation.messages.push({ id, direction: 'outbound', message, createdAt });
		conversation.messagesSent++;
		conversation.lastMessageSentAt = createdAt;
		res.status(201).json({ id });
		void emitEvent(ctx, s, 'echo', channel.jid, contactJid, { message: { id, ...message } });
	});

	return router;
}
