import type { CommonMsgContactCard, CommonMsgLocation, CommonTemplateMeta, OutBoundContact, OutBoundMsg, OutBoundMsgMedia, TmplElement } from '../../../schemas/mehery/types.generated';

/**
 * Mehery's outbound message bodies (OutBoundMsg), built in this one place for Message › Send and
 * the Omnichannel Reply node alike. Each builder takes values already read and checked; reading
 * parameters and the per-caller rules (which media carry a caption) stay with the caller.
 */

/** What differs between messages: the type and the member it needs. */
export type MessageContent = Omit<OutBoundMsg, 'channelId' | 'to' | 'mask' | 'options'>;

export type MediaMessageType = 'audio' | 'document' | 'image' | 'video' | 'voice';

export function textMessage(body: string, type: 'text' | 'system' = 'text'): MessageContent {
	return { type, text: { body } };
}

export function mediaMessage(type: MediaMessageType, media: OutBoundMsgMedia): MessageContent {
	// The doc has no voice member: a voice note travels in the audio member.
	return { type, [type === 'voice' ? 'audio' : type]: media };
}

export function locationMessage(location: CommonMsgLocation): MessageContent {
	return { type: 'location', location };
}

export function contactsMessage(contacts: CommonMsgContactCard[]): MessageContent {
	return { type: 'contacts', contacts };
}

export function templateMessage(template: CommonTemplateMeta): MessageContent {
	return { type: 'template', template };
}

/** The whole OutBoundMsg: the content to a recipient on a channel, with buttons (when any) and the mask flag (when given). */
export function outboundMessage(channelId: string, to: OutBoundContact, content: MessageContent, extras: { mask?: boolean; buttons?: TmplElement[] } = {}): OutBoundMsg {
	return {
		channelId,
		to,
		...content,
		...(extras.mask !== undefined ? { mask: extras.mask } : {}),
		...(extras.buttons?.length ? { options: { buttons: extras.buttons } } : {}),
	};
}
