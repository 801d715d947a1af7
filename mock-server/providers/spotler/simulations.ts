import { ControlError } from '../../core/control-api';
import type { SimulationTable } from '../../core/route-table';
import { describeIssues } from '../../core/schema-validator';
import type { ProviderContext } from '../../core/types';
import type { OutgoingMessage, ReceiptStatus, TemplateStatus } from '../../../schemas/spotler/types.generated';
import { emitEvent } from './events';
import { ensureConversation } from './lookup';
import { conversationKey, isoNow, messageId, type Channel, type SpotlerState } from './state';

/** Control API: what a customer (or the platform) would cause on Spotler's side. */
export function spotlerSimulations(ctx: ProviderContext, state: SpotlerState): SimulationTable {
	const contactsOf = (channelJid: string) => [...(state.contacts.get(channelJid)?.keys() ?? [])];

	/** The channel asked for, WhatsApp by default. */
	const channelOf = (input: Record<string, unknown>): Channel => {
		const channelJid = String(input.channelJid ?? state.channels[0].jid);
		const channel = state.channels.find((c) => c.jid === channelJid);
		if (!channel) throw new ControlError(`unknown channel ${channelJid}`, 404);
		return channel;
	};

	/**
	 * The channel and contact of something the contact does (the channel's first contact by
	 * default); undefined for a blocked contact, whose messages "are ignored".
	 */
	const fromContact = (input: Record<string, unknown>): { channel: Channel; contactJid: string } | undefined => {
		const channel = channelOf(input);
		const contactJid = String(input.contactJid ?? contactsOf(channel.jid)[0]);
		return state.blacklist.get(channel.jid)!.includes(contactJid) ? undefined : { channel, contactJid };
	};
	const ignored = { ignored: true, reason: 'blacklisted', deliveries: [] };

	/** An inbound contact action opens (or reopens) the conversation and counts as unread. */
	const touchConversation = (channelJid: string, contactJid: string) => {
		const conversation = ensureConversation(ctx, state, channelJid, contactJid);
		const createdAt = isoNow();
		conversation.lastMessageReceivedAt = createdAt;
		conversation.unreadCount = (conversation.unreadCount ?? 0) + 1;
		conversation.status = 'OPEN';
		return { conversation, createdAt };
	};

	return {
		async message(input) {
			const from = fromContact(input);
			if (!from) return ignored;
			const { channel, contactJid } = from;
			const { conversation, createdAt } = touchConversation(channel.jid, contactJid);
			const message = (input.message as OutgoingMessage | undefined) ?? { type: 'text' as const, body: String(input.body ?? 'Hello, I have a question') };
			const issues = ctx.validator.validate('OutgoingMessage', message);
			if (issues.length) throw new ControlError(`message: ${describeIssues(issues)}`);
			const id = messageId(ctx.faker);
			conversation.messages.push({ id, direction: 'inbound', message, createdAt });
			conversation.messagesReceived++;
			const deliveries = await emitEvent(ctx, state, 'message', channel.jid, contactJid, { message: { id, ...message } });
			return { id, channelJid: channel.jid, contactJid, deliveries };
		},

		// For the given message id, or the contact's last outbound message.
		async receipt(input) {
			const from = fromContact(input);
			if (!from) return ignored;
			const { channel, contactJid } = from;
			const status = String(input.status ?? 'delivered') as ReceiptStatus;
			if (!['sent', 'delivered', 'read', 'failed'].includes(status)) throw new ControlError('status must be sent, delivered, read or failed');
			const conversation = state.conversations.get(conversationKey(channel.jid, contactJid));
			const outbound = (conversation?.messages ?? []).filter((m) => m.direction === 'outbound');
			const target = input.messageId ? outbound.find((m) => m.id === input.messageId) : outbound.at(-1);
			if (!target) throw new ControlError(`no outbound message ${input.messageId ?? ''} to ${contactJid}`.trim(), 404);
			target.status = status;
			const receipt = { messageId: target.id, status, ...(status === 'failed' ? { error: String(input.error ?? 'Message undeliverable') } : {}) };
			return { messageId: target.id, deliveries: await emitEvent(ctx, state, 'receipt', channel.jid, contactJid, { receipt }) };
		},

		async typing(input) {
			const from = fromContact(input);
			if (!from) return ignored;
			const typingState = String(input.state ?? 'composing');
			if (typingState !== 'composing' && typingState !== 'paused') throw new ControlError('state must be composing or paused');
			return { deliveries: await emitEvent(ctx, state, 'typing', from.channel.jid, from.contactJid, { typing: { state: typingState } }) };
		},

		async postback(input) {
			const from = fromContact(input);
			if (!from) return ignored;
			const { channel, contactJid } = from;
			const { createdAt } = touchConversation(channel.jid, contactJid);
			const postback = { payload: String(input.payload ?? 'button_id_1'), title: String(input.title ?? 'Option 1'), ...(input.messageId ? { messageId: String(input.messageId) } : {}) };
			const issues = ctx.validator.validate('PostbackEvent', {
				event: 'postback',
				id: '00000000-0000-4000-8000-000000000000',
				timestamp: createdAt,
				channel: { jid: channel.jid },
				contact: { jid: contactJid },
				postback,
			});
			if (issues.length) throw new ControlError(describeIssues(issues));
			return { channelJid: channel.jid, contactJid, deliveries: await emitEvent(ctx, state, 'postback', channel.jid, contactJid, { postback }) };
		},

		async template_pack(input) {
			const channel = channelOf(input);
			const name = String(input.name ?? '');
			const language = String(input.language ?? 'en');
			const status = String(input.status ?? 'APPROVED') as TemplateStatus;
			if (!['PENDING', 'APPROVED', 'REJECTED'].includes(status)) throw new ControlError('status must be PENDING, APPROVED or REJECTED');
			const template = state.templates.get(channel.jid)!.templates.find((t) => t.name === name && t.language === language);
			if (!template) throw new ControlError(`no template ${name} (${language}) on ${channel.jid}`, 404);
			template.status = status;
			const rejectedReason = status === 'REJECTED' ? String(input.rejectedReason ?? 'INVALID_FORMAT') : undefined;
			if (rejectedReason) template.rejectedReason = rejectedReason;
			else delete template.rejectedReason;
			const templatePack = { name, language, status, ...(rejectedReason ? { rejectedReason } : {}) };
			return { deliveries: await emitEvent(ctx, state, 'template_pack', channel.jid, null, { template_pack: templatePack }) };
		},

		async custom(input) {
			const channel = channelOf(input);
			const payload = input.payload && typeof input.payload === 'object' ? (input.payload as Record<string, unknown>) : {};
			const contactJid = input.contactJid ? String(input.contactJid) : null;
			return { deliveries: await emitEvent(ctx, state, 'custom', channel.jid, contactJid, { custom: payload }) };
		},

		channel_outage(input) {
			const channel = channelOf(input);
			const down = input.down !== false;
			if (down) state.unreachableChannels.add(channel.jid);
			else state.unreachableChannels.delete(channel.jid);
			return { channelJid: channel.jid, down };
		},

		/**
		 * A payload as some document prints it (Spotler's defines none): delivered unchanged to every
		 * enabled webhook, with the headers each was registered with, as Spotler sends them.
		 */
		async verbatim(input) {
			if (input.body === undefined) throw new ControlError('verbatim needs a body');
			const extra = input.headers && typeof input.headers === 'object' ? (input.headers as Record<string, string>) : {};
			const targets = [...state.webhooks.values()].flat().filter((w) => w.enabled);
			const deliveries = await Promise.all(
				targets.map((w) => ctx.webhooks.deliver({ provider: 'spotler', event: 'verbatim', url: w.url, body: input.body, headers: { ...extra, ...(w.headers ?? {}) } })),
			);
			return { deliveries };
		},
	};
}
