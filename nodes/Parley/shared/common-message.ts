import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ChannelKind, CommonMessage } from '../../../schemas/common/types.generated';
import type { Reply, Result, SourceName } from '../../../schemas/parley/types.generated';

/**
 * Parley's source as a channel. Facebook results are Messenger chats when private and page
 * posts or comments when public; LinkedIn is social; the monitoring sources (blogs, forums, news,
 * web, print, radio/TV) are "other". irischat is Parley's own web chat.
 */
export function parleyChannelKind(source: SourceName, isPublic: boolean | undefined): ChannelKind {
	switch (source) {
		case 'facebook':
			return isPublic === false ? 'messenger' : 'social';
		case 'instagram':
		case 'twitter':
		case 'whatsapp':
			return source;
		case 'irischat':
			return 'webchat';
		case 'linkedin':
			return 'social';
		default:
			return 'other';
	}
}

const PHONE_SOURCES = new Set<SourceName>(['whatsapp']);

/** An id as text; null when the answer left it out (the mappings read what they get, envelope.ts). */
const idText = (id: unknown) => (id === undefined || id === null ? null : String(id));

/**
 * One Parley result (a message, post or comment in a search profile) in the common shape. The
 * conversation is the result's case; the account its search profile (id); the message id the
 * result id, which is what a reply goes to.
 */
export function parleyResultToCommon(result: Result): CommonMessage {
	const handle = result.profile?.name ?? '';
	return {
		provider: 'parley',
		channel: parleyChannelKind(result.source, result.public),
		account: idText(result.searchId),
		conversationId: idText(result.caseId),
		contact: {
			id: handle,
			name: result.profile?.displayName ?? (handle || null),
			phone: PHONE_SOURCES.has(result.source) && /^\d{8,15}$/.test(handle) ? handle : null,
		},
		direction: result.direction === 'outgoing' ? 'outbound' : 'inbound',
		messageId: idText(result.id),
		type: 'text',
		event: null,
		text: result.text ?? null,
		media: null,
		location: null,
		interactive: null,
		status: null,
		timestamp: result.date ?? '',
		raw: result as unknown as IDataObject,
	};
}

/** A sent reply (Result › Reply's answer), as an outbound message of the result's case. */
export function parleyReplyToCommon(reply: Reply, repliedTo: Pick<Result, 'source' | 'public' | 'searchId' | 'profile'>): CommonMessage {
	return {
		...parleyResultToCommon({
			...(repliedTo as Result),
			id: reply.id,
			caseId: reply.caseId,
			date: reply.date,
			text: reply.message,
			direction: 'outgoing',
		}),
		channel: parleyChannelKind(repliedTo.source, reply.public),
		status: 'sent',
		raw: reply as unknown as IDataObject,
	};
}

/** postReceive step for result reads: with "Simplify" on, each result item becomes the common shape. */
export async function simplifyResults(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (!this.getNodeParameter('simplify', false)) return items;
	return items.map((item) => ({ ...item, json: parleyResultToCommon(item.json as unknown as Result) as unknown as IDataObject }));
}
