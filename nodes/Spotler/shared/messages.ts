import type { MessageSendRequest, OutgoingMessage } from '../../../schemas/spotler/types.generated';

/**
 * Spotler's outbound message bodies. Message › Send and Omnichannel Reply both build theirs here,
 * so a message looks the same whichever node sends it.
 */

/** Media kinds sent with a URL and a MIME type; documents also need a file name and title. */
export type MediaKind = 'image' | 'video' | 'gif' | 'audio' | 'ptt' | 'sticker';

/** What POST /channels/{channel}/messages/{contact} takes: the message wrapped in `message`. */
export function messageSendRequest(message: OutgoingMessage): MessageSendRequest {
	return { message };
}

export function textMessage(body: string): OutgoingMessage {
	return { type: 'text', body };
}

/** A caption is sent only when there is one (an empty caption is not a caption). */
export function mediaMessage(type: MediaKind, url: string, mimeType: string, caption?: string): OutgoingMessage {
	return { type, url, mimeType, ...(caption ? { caption } : {}) } as OutgoingMessage;
}

export function documentMessage(url: string, mimeType: string, fileName: string, title: string): OutgoingMessage {
	return { type: 'document', url, mimeType, fileName, title };
}

/** Values fill the template's placeholders in order: the first {{1}}, the second {{2}}. */
export function templateMessage(name: string, language: string, parameters: string[]): OutgoingMessage {
	return { type: 'template', template: { name, language, parameters } };
}
