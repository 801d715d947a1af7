import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ChannelKind, CommonContact, CommonDeliveryStatus, CommonMedia, CommonMessage, CommonMessageType } from '../../../schemas/common/types.generated';
import type { ChatMessageDTO, Contactable, InBoundAction, InBoundContact, InBoundEvent, InBoundMeta, InBoundMsg, InBoundMsgMedia, InBoundMsgStatus } from '../../../schemas/mehery/types.generated';

/** What the Mehery Trigger emits per notification element with Simplify off. */
export type MeheryTriggerItem = { contact?: InBoundContact; meta?: InBoundMeta } & (
	({ kind: 'message' } & InBoundMsg) | ({ kind: 'status' } & InBoundMsgStatus) | ({ kind: 'event' } & InBoundEvent) | ({ kind: 'action' } & InBoundAction)
);

const CHANNEL_BY_CONTACT_TYPE: Record<string, ChannelKind> = {
	EMAIL: 'email',
	FACEBOOK: 'messenger',
	INSTAGRAM: 'instagram',
	SMS: 'sms',
	TELEGRAM: 'telegram',
	TWITTER: 'twitter',
	WEBSITE: 'webchat',
	WHATSAPP: 'whatsapp',
};

/** Channel ids carry the network as a prefix (wa360:919988776655, fb:…, tg:…, web:…). */
const CHANNEL_BY_ID_PREFIX: Record<string, ChannelKind> = { fb: 'messenger', ig: 'instagram', tg: 'telegram', wa360: 'whatsapp', web: 'webchat' };

const STATUS: Record<string, CommonDeliveryStatus> = { DELTD: 'deleted', DLVRD: 'delivered', FAILD: 'failed', READ: 'read', SENT: 'sent' };

export function meheryChannelKind(contactType: string | undefined, channelId?: string | null): ChannelKind {
	if (contactType && CHANNEL_BY_CONTACT_TYPE[contactType.toUpperCase()]) return CHANNEL_BY_CONTACT_TYPE[contactType.toUpperCase()];
	const prefix = channelId?.split(':')[0] ?? '';
	return CHANNEL_BY_ID_PREFIX[prefix] ?? 'other';
}

const text = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : String(value));
const digits = (value: unknown): string | null => {
	const only = String(value ?? '').replace(/\D/g, '');
	return /^\d{8,15}$/.test(only) ? only : null;
};

/** Epoch milliseconds (Mehery's unit everywhere) as ISO 8601; the time of receipt when absent. */
const isoFromEpoch = (ms: unknown): string => (typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms) : new Date()).toISOString();

function contactFrom(contactId: unknown, inbound: InBoundContact | undefined, fallbackPhone?: unknown): CommonContact | null {
	const id = text(contactId ?? inbound?.contactId);
	if (!id) return null;
	return {
		id,
		name: text(inbound?.profile?.name ?? inbound?.businessProfile?.name),
		phone: digits(inbound?.profile?.phone ?? inbound?.businessProfile?.phone ?? fallbackPhone),
	};
}

function inboundContent(message: InBoundMsg): Pick<CommonMessage, 'type' | 'text' | 'media' | 'location'> {
	const mediaOf = (m: InBoundMsgMedia | undefined): CommonMedia | null =>
		m ? { url: text(m.linkSecure ?? m.link), mimeType: text(m.mime_type), caption: text(m.caption), fileName: text(m.filename) } : null;
	switch (message.type) {
		case 'text':
			return { type: 'text', text: text(message.text?.body), media: null, location: null };
		case 'system':
			// Service-generated notices; their text is in the text member.
			return { type: 'other', text: text(message.text?.body), media: null, location: null };
		case 'image':
		case 'video':
		case 'audio':
		case 'document':
		case 'voice': {
			const media = mediaOf(message[message.type] ?? message.attachments?.[0]);
			return { type: message.type === 'voice' ? 'audio' : message.type, text: media?.caption ?? null, media, location: null };
		}
		case 'location': {
			const l = message.location;
			const location = l ? { latitude: Number(l.latitude), longitude: Number(l.longitude), name: text(l.name), address: text(l.address) } : null;
			return { type: 'location', text: location?.name ?? null, media: null, location };
		}
		default:
			return { type: 'other', text: null, media: null, location: null };
	}
}

/**
 * One element of a Mehery notification (as the trigger emits it: the element with `kind`, the
 * wrapper's contact and meta) in the common shape; that item is kept untouched under `raw`.
 */
export function meheryInboundToCommon(item: MeheryTriggerItem): CommonMessage {
	const contact = item.contact;
	const base: CommonMessage = {
		provider: 'mehery',
		channel: meheryChannelKind(contact?.contactType, contact?.channelId),
		account: text(contact?.channelId),
		conversationId: null,
		contact: contactFrom(contact?.contactId, contact),
		direction: 'outbound',
		messageId: null,
		type: 'event',
		event: null,
		text: null,
		media: null,
		location: null,
		interactive: null,
		status: null,
		timestamp: new Date().toISOString(),
		raw: item as unknown as IDataObject,
	};
	switch (item.kind) {
		case 'message':
			return {
				...base,
				...inboundContent(item),
				direction: 'inbound',
				contact: contactFrom(item.contactId ?? contact?.contactId, contact, item.from),
				conversationId: text(item.session?.sessionId),
				messageId: text(item.id),
				timestamp: isoFromEpoch(item.timestamp),
			};
		case 'status':
			return {
				...base,
				type: 'status',
				event: item.status,
				contact: contactFrom(item.contactId ?? contact?.contactId, contact),
				messageId: text(item.id),
				status: STATUS[item.status] ?? null,
				text: text(item.errors?.[0]?.title),
				timestamp: isoFromEpoch(item.timestamp),
			};
		case 'event':
			return {
				...base,
				event: item.eventCode,
				contact: contactFrom(item.contactId ?? contact?.contactId, contact),
				// Events carry no time of their own (sessionStamp is when the session began).
				conversationId: text(item.sessionId),
			};
		case 'action':
			return { ...base, event: item.actionCode };
	}
}

/** A message of Session › Get Messages (ChatMessageDTO) in the common shape. */
export function meheryChatMessageToCommon(message: ChatMessageDTO): CommonMessage {
	const contact: Contactable | undefined = message.contact;
	const attachment = message.attachments?.[0];
	const media: CommonMedia | null = attachment
		? { url: text(attachment.mediaURL ?? attachment.mediaSrc), mimeType: text(attachment.mediaMimeType), caption: text(attachment.mediaCaption), fileName: text(attachment.mediaName) }
		: null;
	const known: CommonMessageType[] = ['text', 'image', 'video', 'audio', 'document', 'location', 'template'];
	const type = message.type === 'voice' ? 'audio' : known.includes(message.type as CommonMessageType) ? (message.type as CommonMessageType) : 'other';
	return {
		provider: 'mehery',
		channel: meheryChannelKind(contact?.contactType ?? contact?.channelType),
		// The DTO does not name the channel; Omnichannel Reply finds it from the contact's lane.
		account: null,
		conversationId: message.sessionId,
		contact: contact?.contactId ? { id: contact.contactId, name: text(contact.name ?? message.name), phone: digits(contact.phone) } : null,
		direction: message.sender === 'CONTACT' ? 'inbound' : 'outbound',
		messageId: message.messageId,
		type,
		event: null,
		text: text(message.text) ?? media?.caption ?? null,
		media,
		location: null,
		interactive: null,
		status: STATUS[String(message.status)] ?? null,
		timestamp: isoFromEpoch(message.timestamp),
		raw: message as unknown as IDataObject,
	};
}

/** postReceive step for Session › Get Messages: with "Simplify" on, each message becomes the common shape. */
export async function simplifySessionMessages(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (!this.getNodeParameter('simplify', false)) return items;
	return items.map((item) => ({ ...item, json: meheryChatMessageToCommon(item.json as unknown as ChatMessageDTO) as unknown as IDataObject }));
}
