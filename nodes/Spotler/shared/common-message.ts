import type { IDataObject } from 'n8n-workflow';

import type { ChannelKind, CommonMessage, CommonMessageType } from '../../../schemas/common/types.generated';
import type { OutgoingMessage, WebhookDelivery } from '../../../schemas/spotler/types.generated';
import { domainOf } from './jid';

/** Spotler's network is the domain of the channel JID (31612345678@whatsapp.eazy.im). */
const CHANNEL_BY_DOMAIN: Record<string, ChannelKind> = {
	'apple.eazy.im': 'apple',
	'gbm.eazy.im': 'gbm',
	'instagram.eazy.im': 'instagram',
	'messenger.eazy.im': 'messenger',
	'sms.eazy.im': 'sms',
	'twitter.eazy.im': 'twitter',
	'webchat.eazy.im': 'webchat',
	'whatsapp.eazy.im': 'whatsapp',
};

const PHONE_NETWORKS = new Set<ChannelKind>(['whatsapp', 'sms']);

/** Events caused by the contact; every other event is something your side (or the platform) did. */
const INBOUND_EVENTS = new Set(['message', 'postback', 'typing']);

type MessageContent = Pick<CommonMessage, 'type' | 'text' | 'media' | 'location'>;

function messageContent(message: OutgoingMessage): MessageContent {
	const none = { text: null, media: null, location: null };
	switch (message.type) {
		case 'text':
			return { ...none, type: 'text', text: message.body };
		case 'image':
		case 'video':
			return { ...none, type: message.type, text: message.caption ?? null, media: { url: message.url, mimeType: message.mimeType, caption: message.caption ?? null, fileName: null } };
		case 'gif':
			// A GIF arrives as image/gif or as a silent video/mp4.
			return {
				...none,
				type: message.mimeType.startsWith('image/') ? 'image' : 'video',
				text: message.caption ?? null,
				media: { url: message.url, mimeType: message.mimeType, caption: message.caption ?? null, fileName: null },
			};
		case 'audio':
		case 'ptt':
		case 'sticker':
			return { ...none, type: message.type === 'sticker' ? 'sticker' : 'audio', media: { url: message.url, mimeType: message.mimeType, caption: null, fileName: null } };
		case 'document':
			return { ...none, type: 'document', text: message.title, media: { url: message.url, mimeType: message.mimeType, caption: message.title, fileName: message.fileName } };
		case 'location':
			return { ...none, type: 'location', text: message.name ?? null, location: { latitude: message.latitude, longitude: message.longitude, name: message.name ?? null, address: null } };
		case 'contact':
			return { ...none, type: 'contact', text: message.contacts.map((c) => c.name).join(', ') };
		case 'template':
			return { ...none, type: 'template', text: null };
		case 'interactive': {
			const components = message.interactive.components as { body?: { text?: string } };
			return { ...none, type: 'interactive', text: components.body?.text ?? null };
		}
		default:
			return { ...none, type: 'other' as CommonMessageType };
	}
}

export function spotlerChannelKind(channelJid: string): ChannelKind {
	return CHANNEL_BY_DOMAIN[domainOf(channelJid)] ?? 'other';
}

/**
 * One Spotler webhook delivery (any of the ten events, webhook-event.schema.json) in the
 * common message shape. The delivery itself is kept untouched under `raw`.
 */
export function spotlerDeliveryToCommon(delivery: WebhookDelivery): CommonMessage {
	const channel = spotlerChannelKind(delivery.channel.jid);
	const contactJid = 'contact' in delivery && delivery.contact ? delivery.contact.jid : null;
	const user = contactJid ? contactJid.slice(0, contactJid.indexOf('@')) : '';
	const base: CommonMessage = {
		provider: 'spotler',
		channel,
		account: delivery.channel.jid,
		// Spotler has one conversation per channel and contact, addressed by the contact's JID.
		conversationId: contactJid,
		contact: contactJid ? { id: contactJid, name: null, phone: PHONE_NETWORKS.has(channel) && /^\d+$/.test(user) ? user : null } : null,
		direction: INBOUND_EVENTS.has(delivery.event) ? 'inbound' : 'outbound',
		messageId: null,
		type: 'event',
		event: delivery.event,
		text: null,
		media: null,
		location: null,
		interactive: null,
		status: null,
		timestamp: delivery.timestamp,
		raw: delivery as unknown as IDataObject,
	};
	switch (delivery.event) {
		case 'message':
		case 'echo': {
			const { id, ...message } = delivery.message;
			return { ...base, ...messageContent(message as unknown as OutgoingMessage), event: null, messageId: id };
		}
		case 'postback':
			return {
				...base,
				type: 'interactive',
				event: null,
				text: delivery.postback.title,
				messageId: delivery.postback.messageId ?? null,
				interactive: { payload: delivery.postback.payload, title: delivery.postback.title },
			};
		case 'receipt':
			return { ...base, type: 'status', messageId: delivery.receipt.messageId, status: delivery.receipt.status, text: delivery.receipt.error ?? null };
		default:
			return base;
	}
}
