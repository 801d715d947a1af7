import type { RequestHandler, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { describeIssues } from '../../../core/schema-validator';
import { param, type ProviderContext } from '../../../core/types';
import type { MessageSendRequest, OutgoingMessage, TemplateReference } from '../../../../schemas/spotler/types.generated';
import { requireScope } from '../auth';
import { invalidBody, SpotlerError } from '../errors';
import { emitInBackground, subscribed } from '../events';
import { assertContactJid, channelFrom, ensureConversation, hasNoWhatsApp } from '../lookup';
import { conversationKey, isoNow, messageId, type SpotlerState } from '../state';

const CARE_WINDOW_MS = 24 * 3_600_000;

/** The MIME types each media message accepts (the mock's reading of WhatsApp's media rules). */
const MEDIA_TYPES: Partial<Record<OutgoingMessage['type'], RegExp>> = {
	image: /^image\/(jpeg|png)$/,
	video: /^video\/(mp4|3gpp)$/,
	gif: /^(image\/gif|video\/mp4)$/,
	audio: /^audio\/(aac|mp4|mpeg|amr|ogg)$/,
	ptt: /^audio\/(ogg|aac|mpeg|amr)$/,
	sticker: /^image\/webp$/,
	document: /^(application|text)\//,
};

const MESSAGE_DEFINITIONS: Record<string, string> = {
	audio: 'AudioMessage',
	contact: 'ContactMessage',
	document: 'DocumentMessage',
	gif: 'GifMessage',
	image: 'ImageMessage',
	interactive: 'InteractiveMessage',
	location: 'LocationMessage',
	ptt: 'PttMessage',
	sticker: 'StickerMessage',
	template: 'TemplateMessage',
	text: 'TextMessage',
	video: 'VideoMessage',
};
const INTERACTIVE_DEFINITIONS: Record<string, string> = {
	button: 'InteractiveButtons',
	list: 'InteractiveList',
	product: 'InteractiveProduct',
	productList: 'InteractiveProductList',
};

/**
 * Runs before the table's own check of {"message": ...}: a failing oneOf reports every branch, so
 * when the type is known the 1005 answer names only the problems of that type's schema.
 */
function messageTypeCheck(ctx: ProviderContext): RequestHandler {
	return (req, _res, next) => {
		checkMessageType(ctx, req.body);
		next();
	};
}

function checkMessageType(ctx: ProviderContext, body: unknown): void {
	if (ctx.validator.validate('MessageSendRequest', body ?? {}).length === 0) return;
	const message = (body as { message?: Record<string, unknown> } | null)?.message;
	const definition = message && typeof message === 'object' ? MESSAGE_DEFINITIONS[String(message.type)] : undefined;
	if (definition) {
		const interactive = message!.interactive as Record<string, unknown> | undefined;
		const inner = message!.type === 'interactive' && interactive && typeof interactive === 'object' ? INTERACTIVE_DEFINITIONS[String(interactive.type)] : undefined;
		const [target, prefix] = inner ? [interactive, 'message.interactive.'] : [message, 'message.'];
		const issues = ctx.validator.validate(inner ?? definition, target);
		if (issues.length) {
			throw new SpotlerError(1005, `Validation error: ${describeIssues(issues.map((i) => ({ ...i, path: i.path ? prefix + i.path : prefix.slice(0, -1) })))}`);
		}
	}
}

/** {{1}}, {{2}}...: the number of distinct placeholders of a template's header and body. */
export function placeholderCount(components: Array<{ type: string; text?: string }>): number {
	const found = new Set<string>();
	for (const c of components) {
		if (c.type !== 'BODY' && c.type !== 'HEADER') continue;
		for (const match of (c.text ?? '').matchAll(/\{\{\s*(\d+)\s*\}\}/g)) found.add(match[1]);
	}
	return found.size;
}

function checkTemplate(state: SpotlerState, channelJid: string, template: TemplateReference): void {
	const versions = state.templates.get(channelJid)!.templates.filter((t) => t.name === template.name);
	if (versions.length === 0) throw new SpotlerError(1006, `Template name does not exist: ${template.name}`);
	const approved = versions.find((t) => t.language === template.language && t.status === 'APPROVED');
	if (!approved) throw new SpotlerError(1006, `Template name does not exist: ${template.name} has no approved "${template.language}" translation`);
	const expected = placeholderCount(approved.components);
	if (template.parameters.length !== expected) {
		throw new SpotlerError(1013, `Parameter count mismatch: ${template.name} expects ${expected}, got ${template.parameters.length}`);
	}
}

function checkMedia(message: OutgoingMessage): void {
	const accepted = MEDIA_TYPES[message.type];
	if (!accepted || !('mimeType' in message)) return;
	if (!accepted.test(message.mimeType)) throw new SpotlerError(1008, `Media is invalid: ${message.mimeType} cannot be sent as ${message.type}`);
}

export function messageRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	return routeTable(ctx, invalidBody, [
		route<MessageSendRequest>({
			method: 'POST',
			path: '/channels/{channelJid}/messages/{contactJid}',
			summary: 'Send a message',
			body: 'MessageSendRequest',
			response: 'MessageSendResponse',
			before: [requireScope('channel'), messageTypeCheck(ctx)],
			handle: async (req, res, { message }) => {
				const s = state();
				const channel = channelFrom(s, req, res);
				const contactJid = param(req, 'contactJid');
				assertContactJid(channel, contactJid);
				checkMedia(message);
				if (s.blacklist.get(channel.jid)!.includes(contactJid)) throw new SpotlerError(1011, 'Message rejected: the contact is blacklisted');
				if (s.unreachableChannels.has(channel.jid)) throw new SpotlerError(1012, 'Bad gateway: the channel network did not answer');

				const onWhatsApp = channel.jid.endsWith('@whatsapp.eazy.im');
				if (onWhatsApp && hasNoWhatsApp(contactJid)) throw new SpotlerError(1007);
				const existing = s.conversations.get(conversationKey(channel.jid, contactJid));
				if (message.type === 'template') {
					checkTemplate(s, channel.jid, message.template);
				} else if (onWhatsApp) {
					const last = existing?.lastMessageReceivedAt ? Date.parse(existing.lastMessageReceivedAt) : undefined;
					if (last === undefined || Date.now() - last > CARE_WINDOW_MS) {
						throw new SpotlerError(1015, 'Customer care window expired: send a template message to start the conversation');
					}
				}

				const conversation = ensureConversation(ctx, s, channel.jid, contactJid);
				const id = messageId(ctx.faker);
				const createdAt = isoNow();
				conversation.messages.push({ id, direction: 'outbound', message, createdAt, status: 'sent' });
				conversation.messagesSent++;
				conversation.lastMessageSentAt = createdAt;
				res.status(201).json({ id });
				if (subscribed(s, 'echo', channel.jid)) emitInBackground(ctx, s, 'echo', channel.jid, contactJid, { message: { id, ...message } });
			},
		}),
	]);
}
