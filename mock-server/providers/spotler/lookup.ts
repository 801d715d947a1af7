import type { Request, Response } from 'express';

import { param, type ProviderContext } from '../../core/types';
import { assertChannelAccess } from './auth';
import { SpotlerError } from './errors';
import { conversationKey, isoNow, type Channel, type Contact, type Conversation, type SpotlerState } from './state';

/** The channel named by :channelJid, if it exists and the key may reach it. */
export function channelFrom(state: SpotlerState, req: Request, res: Response, name = 'channelJid'): Channel {
	const jid = param(req, name);
	const channel = state.channels.find((c) => c.jid === jid);
	if (!channel) throw new SpotlerError(1009, `Channel ${jid} not found`);
	assertChannelAccess(res, channel.jid);
	return channel;
}

/** The company named by :companyId; the mock hosts one company, the one every key belongs to. */
export function companyFrom(state: SpotlerState, req: Request): SpotlerState['company'] {
	const id = param(req, 'companyId') || param(req, 'id');
	if (id !== state.company.id) throw new SpotlerError(1009, `Company ${id} not found`);
	return state.company;
}

const JID = /^[A-Za-z0-9._-]+@([a-z0-9-]+)\.eazy\.im$/;

/** A contact JID must be well formed and live on the same network as the channel. */
export function assertContactJid(channel: Channel, contactJid: string): void {
	const match = JID.exec(contactJid);
	const channelDomain = channel.jid.split('@')[1];
	if (!match || contactJid.split('@')[1] !== channelDomain) throw new SpotlerError(1005, 'Jid is invalid');
	if ((match[1] === 'whatsapp' || match[1] === 'sms') && !/^\d{8,15}@/.test(contactJid)) {
		throw new SpotlerError(1005, 'Jid is invalid');
	}
}

/**
 * The mock's rule for 1007 (the doc gives none): WhatsApp numbers ending in 0000 have no
 * WhatsApp account.
 */
export function hasNoWhatsApp(contactJid: string): boolean {
	return /^\d+0000@whatsapp\.eazy\.im$/.test(contactJid);
}

/** The contact named by :contactJid on a channel (1005 when malformed, 1009 when unknown). */
export function contactFrom(state: SpotlerState, channel: Channel, req: Request): Contact {
	const jid = param(req, 'contactJid');
	assertContactJid(channel, jid);
	const contact = state.contacts.get(channel.jid)!.get(jid);
	if (!contact) throw new SpotlerError(1009, `Contact ${jid} not found`);
	return contact;
}

export function conversationFrom(state: SpotlerState, channel: Channel, req: Request): Conversation {
	const jid = param(req, 'contactJid');
	assertContactJid(channel, jid);
	const conversation = state.conversations.get(conversationKey(channel.jid, jid));
	if (!conversation) throw new SpotlerError(1009, `Conversation with ${jid} not found`);
	return conversation;
}

/** The conversation of a contact on a channel, created (with the contact) on first contact: a send or an inbound message. */
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
			assignee: state.assistants[1]?.jid ?? null,
			team: null,
			labels: [],
			unreadCount: null,
			createdAt: isoNow(),
			lastMessageReceivedAt: null,
			lastMessageSentAt: null,
			messagesReceived: 0,
			messagesSent: 0,
			messages: [],
			comments: [],
		};
		state.conversations.set(key, conversation);
	}
	return conversation;
}
