import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ChannelKind, CommonContact, CommonDeliveryStatus, CommonMedia, CommonMessage } from '../../../schemas/common/types.generated';
import type { BotWebhookPayload, ChatUser, Conversation, MediaFile, Message } from '../../../schemas/social25/types.generated';
import { providerRequest } from '../../shared/transport';
import { SOCIAL25_API } from './transport';
import { tenantIdOf } from './tenant';

/** Social25's platform names (the bot payload's `platform`, a conversation's `platform.source`) as channels. */
const CHANNEL_BY_PLATFORM: Record<string, ChannelKind> = {
	facebook: 'messenger',
	sms: 'sms',
	telegram: 'telegram',
	whatsapp: 'whatsapp',
};

const STATUS: Record<string, CommonDeliveryStatus> = { DELIVERED: 'delivered', ERROR: 'failed', FAILED: 'failed', READ: 'read', SENT: 'sent' };

const MEDIA_TYPES: Record<string, CommonMessage['type']> = { AUDIO: 'audio', FILE: 'document', IMAGE: 'image', VIDEO: 'video' };

export function social25ChannelKind(platform: string | null | undefined): ChannelKind {
	return CHANNEL_BY_PLATFORM[String(platform ?? '').toLowerCase()] ?? 'other';
}

const text = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : String(value));

/** Naive UTC timestamps (2021-05-05T09:54:52, with or without microseconds) as ISO 8601. */
function isoFromNaive(value: string | undefined): string {
	const parsed = value ? Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`) : NaN;
	return (Number.isNaN(parsed) ? new Date() : new Date(parsed)).toISOString();
}

/**
 * auxiliary_data is a Python dict repr ("{'title': 'Get Started'}"), not JSON: read the simple
 * 'key': 'value' and 'key': number pairs it holds.
 */
export function auxiliaryValues(auxiliary: string | null | undefined): Record<string, string | number> {
	const values: Record<string, string | number> = {};
	const pairs = /(['"])(\w+)\1\s*:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?))/g;
	for (const [, , key, single, double, number] of String(auxiliary ?? '').matchAll(pairs)) {
		values[key] = number !== undefined ? Number(number) : (single ?? double ?? '');
	}
	return values;
}

function contactOf(user: ChatUser | null | undefined): CommonContact | null {
	if (!user?.id) return null;
	const fullName = [user.first_name, user.last_name].filter(Boolean).join(' ');
	const phone = String(user.phone_number ?? '').replace(/\D/g, '');
	return { id: user.id, name: text(fullName) ?? text(user.username), phone: /^\d{8,15}$/.test(phone) ? phone : null };
}

function content(message: Message): Pick<CommonMessage, 'type' | 'event' | 'text' | 'media' | 'location' | 'interactive'> {
	const none = { event: null, text: text(message.text), media: null, location: null, interactive: null };
	const type = String(message.type).toUpperCase();
	if (type === 'TEXT') return { ...none, type: 'text' };
	if (MEDIA_TYPES[type]) {
		const file = message.file as Partial<MediaFile> | null | undefined;
		const media: CommonMedia = {
			url: text(file?.secure_url ?? file?.url),
			mimeType: text(message.mime_type ?? file?.mime_type),
			caption: text(message.text),
			fileName: text(message.media_title ?? file?.title),
		};
		return { ...none, type: MEDIA_TYPES[type], media };
	}
	const auxiliary = auxiliaryValues(message.auxiliary_data);
	if (type === 'EVENT') {
		// A button press or "Get Started": Social25 gives its title (in auxiliary_data), no other payload.
		const title = text(auxiliary.title) ?? text(message.text);
		return title ? { ...none, type: 'interactive', text: title, interactive: { payload: title, title } } : { ...none, type: 'event', event: 'EVENT' };
	}
	if (type === 'LOCATION') {
		const { latitude, longitude } = auxiliary;
		const location = typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude, name: text(auxiliary.name) ?? text(message.text), address: text(auxiliary.address) } : null;
		return { ...none, type: 'location', location };
	}
	if (type === 'TEMPLATE' || type === 'MEDIA_HSM' || type === 'HSM') return { ...none, type: 'template' };
	return { ...none, type: 'other' };
}

/** Where the message's conversation is: its tenant and the conversation's user and platform. */
export interface Social25ConversationContext {
	tenantId: string | null;
	user: ChatUser | null;
	platform: string | null;
}

/**
 * One Social25 message (Message → Get Many) in the common shape. Messages do not name their
 * conversation's platform or user, so those come from the conversation (`context`).
 */
export function social25MessageToCommon(message: Message, context: Social25ConversationContext): CommonMessage {
	const failed = STATUS[String(message.status).toUpperCase()] === 'failed';
	const mapped = content(message);
	return {
		provider: 'social25',
		channel: social25ChannelKind(context.platform),
		account: text(message.tenant_id) ?? context.tenantId,
		conversationId: message.conversation_id,
		contact: contactOf(context.user),
		direction: message.outbound ? 'outbound' : 'inbound',
		messageId: message.id,
		...mapped,
		text: failed ? (text(message.error_log) ?? mapped.text) : mapped.text,
		status: message.outbound ? (STATUS[String(message.status).toUpperCase()] ?? null) : null,
		timestamp: isoFromNaive(message.timestamp),
		raw: message as unknown as IDataObject,
	};
}

/** The bot-URL payload (the Social25 Trigger's item): the message plus chat_user and platform. */
export function social25BotPayloadToCommon(payload: BotWebhookPayload): CommonMessage {
	return social25MessageToCommon(payload as unknown as Message, { tenantId: payload.tenant_id, user: payload.chat_user, platform: payload.platform });
}

/**
 * postReceive step for Message › Get Many: with "Simplify" on, each message of the page becomes
 * the common shape. It runs on each page Social25 returns ({count, next, results}), before the
 * pages are unwrapped, so the envelope is kept; the conversation (platform and user) is read once.
 */
export async function simplifyMessagePage(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (!this.getNodeParameter('simplify', false)) return items;
	const page = items[0]?.json as { results?: Message[] } | undefined;
	if (items.length !== 1 || !Array.isArray(page?.results) || page.results.length === 0) return items;
	const tenantId = await tenantIdOf(this.getNodeParameter('tenant', '', { extractValue: true }), async (type) => await this.getCredentials(type));
	const conversationId = String(this.getNodeParameter('conversationId', '', { extractValue: true }) ?? '').trim();
	const conversation = await providerRequest<Conversation>(this, SOCIAL25_API, {
		method: 'GET',
		path: `/tenants/${encodeURIComponent(tenantId)}/conversations/${encodeURIComponent(conversationId)}/details/`,
	});
	const context: Social25ConversationContext = { tenantId, user: conversation.user ?? null, platform: conversation.platform?.source ?? null };
	const results = page!.results!.map((message) => social25MessageToCommon(message, context) as unknown as IDataObject);
	return [{ ...items[0], json: { ...items[0].json, results } }];
}
