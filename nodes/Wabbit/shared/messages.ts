import type {
	ContactCard,
	ContactsMessageRequest,
	DocumentMessageRequest,
	ImageMessageRequest,
	LocationMessageRequest,
	LocationPayload,
	MediaPayload,
	StickerMessageRequest,
	TemplateMessageRequest,
	TextMessageRequest,
} from '../../../schemas/wabbit/types.generated';

/**
 * The bodies of POST /messages/ (WhatsApp Business API v1 payloads with the chat's wa_id), built
 * here only: the node's Message › Send and the Omnichannel Reply's Wabbit adapter both use them.
 */

/**
 * A text message. With a preview choice, preview_url goes both beside text (the document's WABA v1
 * payloads) and inside it (WhatsApp's Cloud API): the service ignores the one it does not read.
 */
export function textMessage(wa_id: string, body: string, previewUrl?: boolean): TextMessageRequest {
	if (previewUrl === undefined) return { wa_id, type: 'text', text: { body } };
	return { wa_id, type: 'text', preview_url: previewUrl, text: { body, preview_url: previewUrl } };
}

/** A file by link or by uploaded media ID, with the caption and file name when given. */
export function mediaPayload(source: { link: string } | { id: string }, caption?: string, filename?: string): MediaPayload {
	return { ...source, ...(caption ? { caption } : {}), ...(filename ? { filename } : {}) };
}

export function imageMessage(wa_id: string, image: MediaPayload): ImageMessageRequest {
	return { wa_id, type: 'image', image };
}

export function documentMessage(wa_id: string, document: MediaPayload): DocumentMessageRequest {
	return { wa_id, type: 'document', document };
}

export function stickerMessage(wa_id: string, sticker: MediaPayload): StickerMessageRequest {
	return { wa_id, type: 'sticker', sticker };
}

export function locationMessage(wa_id: string, location: LocationPayload): LocationMessageRequest {
	return { wa_id, type: 'location', location };
}

export function contactsMessage(wa_id: string, contacts: [ContactCard, ...ContactCard[]]): ContactsMessageRequest {
	return { wa_id, type: 'contacts', contacts };
}

/**
 * A template message in the language as approved. Its components are the given ones (header,
 * buttons...), else one body component with the values for {{1}}, {{2}}, ..., else none.
 */
export function templateMessage(wa_id: string, template: { name: string; language: string; values: string[]; components?: object[]; namespace?: string }): TemplateMessageRequest {
	const components = template.components?.length ? template.components : template.values.length ? [{ type: 'body', parameters: template.values.map((text) => ({ type: 'text', text })) }] : undefined;
	return {
		wa_id,
		type: 'template',
		template: {
			name: template.name,
			language: { policy: 'deterministic', code: template.language },
			...(template.namespace ? { namespace: template.namespace } : {}),
			...(components ? { components } : {}),
		},
	};
}
