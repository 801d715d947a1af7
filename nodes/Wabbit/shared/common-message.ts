import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { CommonContact, CommonDeliveryStatus, CommonMedia, CommonMessage } from '../../../schemas/common/types.generated';
import type { ChatAssignmentEvent, ChatTaggingEvent, MessageTaggingEvent, RetrieveMessage, WabaStatus } from '../../../schemas/wabbit/types.generated';

/** What the Wabbit Trigger emits with Simplify off: one entry of a webhook field, with that field's name as `event`. */
export type WabbitTriggerItem =
	| ({ event: 'incoming_messages' | 'outgoing_messages' | 'assigned_messages' } & RetrieveMessage)
	| ({ event: 'statuses' } & WabaStatus & { errors?: Array<{ title?: string }> })
	| ({ event: 'chat_assignment' } & ChatAssignmentEvent)
	| ({ event: 'chat_tagging' } & ChatTaggingEvent)
	| ({ event: 'message_tagging' } & MessageTaggingEvent);

/** The WhatsApp Business API v1 message object Wabbit keeps as `waba_payload` (inbound item, or the send request plus id and timestamp). */
interface WabaMessage {
	id?: string;
	from?: string;
	to?: string;
	timestamp?: string | number;
	type?: string;
	text?: { body?: string };
	system?: { body?: string };
	location?: { latitude?: number; longitude?: number; name?: string; address?: string };
	contacts?: Array<{ name?: { formatted_name?: string } }>;
	button?: { text?: string; payload?: string };
	interactive?: { button_reply?: { id?: string; title?: string }; list_reply?: { id?: string; title?: string } };
	[media: string]: unknown;
}

interface WabaMedia {
	link?: string;
	id?: string;
	mime_type?: string;
	caption?: string;
	filename?: string;
}

const MEDIA_TYPES: Record<string, CommonMessage['type']> = { audio: 'audio', document: 'document', image: 'image', sticker: 'sticker', video: 'video', voice: 'audio' };

const text = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : String(value));

/** POSIX seconds (a string inbound, a number outbound) as ISO 8601; the time of receipt when absent. */
function isoFromSeconds(seconds: unknown): string {
	const value = Number(seconds);
	return (Number.isFinite(value) && value > 0 ? new Date(value * 1000) : new Date()).toISOString();
}

/** Wabbit's chats are WhatsApp numbers: the wa_id addresses the chat, and is the contact's phone number. */
function contactOf(waId: string | null | undefined, name?: string | null): CommonContact | null {
	if (!waId) return null;
	return { id: waId, name: text(name), phone: /^\d{8,15}$/.test(waId) ? waId : null };
}

/** Outbound messages: the furthest status Wabbit recorded (waba_statuses holds the time of each, 0 = not yet). */
function statusOf(message: RetrieveMessage): CommonDeliveryStatus | null {
	const statuses = message.waba_statuses;
	if (!message.from_us || !statuses) return null;
	if (statuses.read) return 'read';
	if (statuses.delivered) return 'delivered';
	return statuses.sent ? 'sent' : null;
}

function content(payload: WabaMessage): Pick<CommonMessage, 'type' | 'text' | 'media' | 'location' | 'interactive'> {
	const none = { text: null, media: null, location: null, interactive: null };
	const type = String(payload.type ?? '');
	if (MEDIA_TYPES[type]) {
		const m = (payload[type] ?? {}) as WabaMedia;
		const media: CommonMedia = { url: text(m.link), mimeType: text(m.mime_type), caption: text(m.caption), fileName: text(m.filename) };
		return { ...none, type: MEDIA_TYPES[type], text: media.caption, media };
	}
	switch (type) {
		case 'text':
			return { ...none, type: 'text', text: text(payload.text?.body) };
		case 'location': {
			const l = payload.location ?? {};
			const [latitude, longitude] = [Number(l.latitude), Number(l.longitude)];
			const location = Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude, name: text(l.name), address: text(l.address) } : null;
			return { ...none, type: 'location', text: text(l.name), location };
		}
		case 'contacts':
			return {
				...none,
				type: 'contact',
				text: text(
					(payload.contacts ?? [])
						.map((c) => c.name?.formatted_name)
						.filter(Boolean)
						.join(', '),
				),
			};
		case 'button': {
			// A quick-reply button of a template, pressed.
			const title = text(payload.button?.text);
			return { ...none, type: 'interactive', text: title, interactive: { payload: String(payload.button?.payload ?? title ?? ''), title } };
		}
		case 'interactive': {
			const reply = payload.interactive?.button_reply ?? payload.interactive?.list_reply;
			const title = text(reply?.title);
			return { ...none, type: 'interactive', text: title, interactive: reply ? { payload: String(reply.id ?? ''), title } : null };
		}
		case 'template':
		case 'hsm':
			return { ...none, type: 'template' };
		case 'system':
			return { ...none, type: 'other', text: text(payload.system?.body) };
		default:
			return { ...none, type: 'other' };
	}
}

/** One Wabbit message (RetrieveMessage: Message › Get Many, and the webhook's message fields) in the common shape. */
export function wabbitMessageToCommon(message: RetrieveMessage, raw: IDataObject = message as unknown as IDataObject): CommonMessage {
	const payload = (message.waba_payload ?? {}) as WabaMessage;
	return {
		provider: 'wabbit',
		channel: 'whatsapp',
		// Payloads do not name the business number: the inbox is the credential's.
		account: null,
		conversationId: message.customer_wa_id,
		contact: contactOf(message.customer_wa_id, message.contact?.waba_payload?.profile?.name),
		direction: message.from_us ? 'outbound' : 'inbound',
		messageId: text(message.id ?? payload.id),
		...content(payload),
		event: null,
		status: statusOf(message),
		timestamp: isoFromSeconds(payload.timestamp),
		raw,
	};
}

/** One item of the Wabbit Trigger (any of its seven events) in the common shape; the item stays under `raw`. */
export function wabbitTriggerItemToCommon(item: WabbitTriggerItem): CommonMessage {
	const raw = item as unknown as IDataObject;
	const event = (chat: string | null, fields: Partial<CommonMessage> = {}): CommonMessage => ({
		provider: 'wabbit',
		channel: 'whatsapp',
		account: null,
		conversationId: chat,
		contact: contactOf(chat),
		direction: 'outbound',
		messageId: null,
		type: 'event',
		event: item.event,
		text: null,
		media: null,
		location: null,
		interactive: null,
		status: null,
		timestamp: isoFromSeconds((item as { timestamp?: unknown }).timestamp),
		raw,
		...fields,
	});
	switch (item.event) {
		case 'incoming_messages':
		case 'outgoing_messages':
		case 'assigned_messages':
			return wabbitMessageToCommon(item, raw);
		case 'statuses':
			return event(item.recipient_id, { type: 'status', messageId: item.id, status: item.status, text: text(item.errors?.[0]?.title) });
		case 'chat_assignment':
			return event(item.wa_id);
		case 'chat_tagging':
			return event(item.chat);
		case 'message_tagging':
			// The event names the tagged message, not its chat.
			return event(null, { messageId: item.message });
	}
}

/**
 * postReceive step for Message › Get Many: with "Simplify" on, each message of the page becomes
 * the common shape. It runs on each page ({count, next, results}) before the pages are unwrapped,
 * so the envelope is kept; paging reads a message's time from `raw`.
 */
export async function simplifyMessagePage(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (!this.getNodeParameter('simplify', false)) return items;
	const page = items[0]?.json as { results?: RetrieveMessage[] } | undefined;
	if (items.length !== 1 || !Array.isArray(page?.results)) return items;
	const results = page!.results!.map((message) => wabbitMessageToCommon(message) as unknown as IDataObject);
	return [{ ...items[0], json: { ...items[0].json, results } }];
}
