import { randomUUID } from 'node:crypto';
import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type {
	BulkMessageItem,
	FacebookTemplateElement,
	FacebookTemplateRequest,
	MediaFile,
	MediaHsmRequest,
	MediaMessageRequest,
	MediaMessageType,
	MediaTemplateHsmRequest,
	SendBulkHsmRequest,
	TextMessageRequest,
} from '../../../schemas/social25/types.generated';
import { fieldError } from '../../shared/validation';
import { phoneProblem } from './phone';
import { bodyParameterTexts, templateComponents } from './templates';

/**
 * The bodies Social25 is sent, built in one place: the Message operations and the Omnichannel
 * Reply (nodes/Omnichannel/providers/social25.ts) both send through these.
 */

export function textMessage(text: string): TextMessageRequest {
	return { type: 'text', text };
}

/** Image, video or audio by a MIME type; anything else is sent as a file. */
export function mediaTypeOf(mime: string): MediaMessageType {
	if (mime.startsWith('image/')) return 'IMAGE';
	if (mime.startsWith('video/')) return 'VIDEO';
	if (mime.startsWith('audio/')) return 'AUDIO';
	return 'FILE';
}

/** The documented send-media body around an upload's answer (Social25 sends only files uploaded to it). */
export function mediaMessage(type: MediaMessageType, media: MediaFile, caption: string | null, countAsInbound?: boolean): MediaMessageRequest {
	const body: MediaMessageRequest = {
		type,
		media_file: media,
		mime_type: media.mime_type,
		outbound: true,
		status: 'PREPARED',
		temp_id: randomUUID(),
		text: caption,
		timestamp: new Date().toISOString(),
	};
	if (countAsInbound !== undefined) body.count_as_inbound = countAsInbound;
	return body;
}

export interface TemplateContent {
	name: string;
	locale: string;
	/** The body variables, {{1}} first. */
	texts: string[];
	header?: { type: string; url: string };
	namespace?: string;
	/** The filled-in text the Social25 chat window shows. */
	text?: string;
}

/** A WhatsApp template (media HSM) into a conversation. */
export function templateMessage(template: TemplateContent): MediaHsmRequest {
	const body: MediaHsmRequest = {
		type: 'MEDIA_HSM',
		name: template.name,
		locale: template.locale,
		// Social25's example carries a client-made uuid; it lets the chat window match the message.
		temp_id: randomUUID(),
		components: templateComponents(template.texts, template.header),
	};
	if (template.namespace) body.namespace = template.namespace;
	if (template.text) body.text = template.text;
	return body;
}

/** A Messenger generic template: cards shown as a carousel. */
export function facebookTemplateMessage(elements: FacebookTemplateElement[]): FacebookTemplateRequest {
	return { type: 'template', attachment: { type: 'template', payload: { template_type: 'generic', elements } } };
}

/** One item of Send in Bulk: a text, or a template (without components when it has no variables). */
export function bulkMessageItem(conversationId: string, content: { text: string } | { name: string; locale: string; texts: string[] }): BulkMessageItem {
	if ('text' in content) return { conversation_id: conversationId, type: 'text', text: content.text } as BulkMessageItem;
	const components = templateComponents(content.texts);
	return { conversation_id: conversationId, type: 'media_hsm', locale: content.locale, name: content.name, ...(components.length ? { components } : {}) } as BulkMessageItem;
}

/** The fields the two deprecated phone-number template endpoints share, checked and trimmed. */
export function legacyHsmValues(ctx: IExecuteSingleFunctions) {
	const value = (name: string) => String(ctx.getNodeParameter(name, '') ?? '').trim();
	const values = { from: value('from'), to: value('to'), locale: value('language'), name: value('templateName') };
	for (const [key, label] of [
		['from', 'From'],
		['to', 'To'],
	] as const) {
		const problem = phoneProblem(values[key]);
		if (problem) throw fieldError(ctx, `"${label}"`, problem);
	}
	if (!values.locale) throw fieldError(ctx, '"Language"', 'is empty');
	if (!values.name) throw fieldError(ctx, '"Template Name"', 'is empty');
	return { ...values, parameters: bodyParameterTexts(ctx.getNodeParameter('bodyParameters', {}) as IDataObject), processSync: ctx.getNodeParameter('processSync', true) as boolean };
}

type LegacyHsmValues = ReturnType<typeof legacyHsmValues>;

/** DEPRECATED send_bulk_hsm: one template to one phone number. */
export function bulkHsmMessage(values: LegacyHsmValues, names: { firstName?: string; lastName?: string }): SendBulkHsmRequest {
	return {
		process_sync: values.processSync,
		messages: [
			{
				type: 'hsm',
				to: {
					phone_number: values.to,
					...(names.firstName ? { first_name: names.firstName } : {}),
					...(names.lastName ? { last_name: names.lastName } : {}),
				},
				from: values.from,
				locale: values.locale,
				name: values.name,
				parameters: values.parameters,
			},
		],
	};
}

/** DEPRECATED media_template_hsm: one media template to one phone number. */
export function mediaTemplateHsmMessage(values: LegacyHsmValues, header: { type: string; url: string }): MediaTemplateHsmRequest {
	return {
		process_sync: values.processSync,
		messages: [{ type: 'template', to: values.to, from: values.from, locale: values.locale, name: values.name, components: templateComponents(values.parameters, header) }],
	};
}
