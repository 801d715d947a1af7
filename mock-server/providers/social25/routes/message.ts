import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { BulkMessageItem, MediaHsmRequest, MediaMessageRequest, MediaTemplateHsmRequest, Message, SendBulkHsmRequest, SendMessageRequest } from '../../../../schemas/social25/types.generated';
import { fieldError, invalidBody, Social25Error } from '../errors';
import { conversationFrom, knownConversation, knownTenant, page, platformOf } from '../lookup';
import { COUNTRIES, toE164 } from '../phone';
import { DOCUMENTED_UPLOAD, ensurePhoneConversation, newMessage, type BulkJob, type Social25State, type StoredConversation } from '../state';

/** Bulk endpoints answer first and process afterwards ("all messages will be processed async"). */
const ASYNC_DELAY_MS = 25;

/** Conversations a message can no longer be sent to. */
function assertCanSend(state: Social25State, conversation: StoredConversation): void {
	if (conversation.state === 'EXPIRED') throw new Social25Error(400, 'This conversation has expired and can not be used anymore.');
	if (conversation.state === 'BLOCKED' || state.users.get(conversation.userId)?.blockedOn.includes(conversation.platformId)) {
		throw new Social25Error(400, 'The user is blocked on this platform.');
	}
}

function assertTemplate(state: Social25State, name: string, locale: string): void {
	if (!(state.templates.byLanguage[locale] ?? []).some((t) => t.name === name)) {
		throw new Social25Error(400, `WhatsApp template "${name}" is not approved for language "${locale}".`);
	}
}

function templateText(state: Social25State, name: string, locale: string, parameters: string[]): string {
	const template = state.templates.byLanguage[locale]!.find((t) => t.name === name)!;
	return template.text.replace(/\{\{(\d+)\}\}/g, (whole, n) => parameters[Number(n) - 1] ?? whole);
}

const bodyTexts = (components: MediaHsmRequest['components']) => (components ?? []).filter((c) => c.type === 'body').flatMap((c) => c.parameters.map((p) => p.text ?? ''));

export function messageRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	/** Stores an outbound message; the conversation's last message is the last one stored. */
	const outbound = (conversation: StoredConversation, fields: Partial<Message>) => {
		const message = newMessage(ctx.faker, conversation.id, { agent_id: state().agentId, status: 'SENT', outbound: true, ...fields });
		conversation.messages.push(message);
		return message;
	};

	/** The message a send body becomes, after the checks for its type. */
	function deliver(conversation: StoredConversation, body: SendMessageRequest): Message {
		const s = state();
		assertCanSend(s, conversation);
		const platform = platformOf(s, conversation).platform;
		switch (body.type) {
			case 'text':
				return outbound(conversation, { type: 'TEXT', text: body.text });
			case 'template':
				if (platform !== 'facebook') throw new Social25Error(400, 'Message templates are only available on Facebook.');
				return outbound(conversation, { type: 'TEMPLATE', text: body.attachment.payload.elements[0].title, auxiliary_data: JSON.stringify(body.attachment) });
			case 'MEDIA_HSM': {
				if (platform !== 'whatsapp') throw new Social25Error(400, 'HSM messages are only available on WhatsApp.');
				assertTemplate(s, body.name, body.locale);
				return outbound(conversation, { type: 'MEDIA_HSM', text: body.text ?? templateText(s, body.name, body.locale, bodyTexts(body.components)) });
			}
			default: {
				const media = body as MediaMessageRequest;
				if (!s.uploads.has(media.media_file.path) && media.media_file.path !== DOCUMENTED_UPLOAD.path) throw fieldError('media_file', 'Unknown media file: upload it first.');
				return outbound(conversation, {
					type: media.type,
					text: media.text ?? null,
					file: media.media_file,
					file_type: media.media_file.resource_type,
					media_title: media.media_file.title,
					mime_type: media.media_file.mime_type,
				});
			}
		}
	}

	/** The deprecated bulk HSM endpoints: one job; process_sync true runs it before answering. */
	function runLegacyJob(kind: BulkJob['kind'], sync: boolean, from: string, sends: Array<{ to: string; name: string; locale: string; parameters: string[] }>) {
		const s = state();
		const whatsapp = s.tenant.platforms.find((p) => p.platform === 'whatsapp')!;
		if (from.replace(/^\+/, '') !== whatsapp.page_id) throw fieldError('from', `${from} is not a WhatsApp number of this tenant.`);
		const job: BulkJob = { id: s.bulkJobs.length + 1, kind, received: sends.length, processed: 0, failed: [], done: false };
		s.bulkJobs.push(job);
		const run = () => {
			sends.forEach((send, index) => {
				try {
					const e164 = toE164(send.to, COUNTRIES[whatsapp.country!]);
					if (!e164) throw new Social25Error(400, `${send.to}: Enter a valid phone number.`);
					assertTemplate(s, send.name, send.locale);
					const conversation = ensurePhoneConversation(s, whatsapp, e164);
					outbound(conversation, { type: 'MEDIA_HSM', text: templateText(s, send.name, send.locale, send.parameters) });
					job.processed++;
				} catch (error) {
					job.failed.push({ index, detail: (error as Error).message });
				}
			});
			job.done = true;
		};
		if (sync) run();
		else setTimeout(run, ASYNC_DELAY_MS);
		return job;
	}

	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/tenants/{tenantId}/conversations/{conversationId}/messages/',
			summary: 'List messages (a page of Message)',
			response: 'Page',
			handle: (req, res) => {
				res.json(page(ctx, req, conversationFrom(state(), req).messages));
			},
		}),
		route<SendMessageRequest>({
			method: 'POST',
			path: '/tenants/{tenantId}/conversations/{conversationId}/messages/',
			summary: 'Send a text, Facebook template, WhatsApp HSM or media message',
			body: 'SendMessageRequest',
			response: 'Message',
			before: [knownConversation(state)],
			handle: (req, res, body) => {
				res.status(201).json(deliver(conversationFrom(state(), req), body));
			},
		}),
		route<BulkMessageItem[]>({
			method: 'POST',
			path: '/tenants/{tenantId}/conversations/messages/bulk/',
			summary: 'Send text or HSM messages in bulk (processed asynchronously)',
			body: 'BulkMessagesRequest',
			response: 'BulkStatusResponse',
			before: [knownTenant(state)],
			handle: (_req, res, items) => {
				const s = state();
				const job: BulkJob = { id: s.bulkJobs.length + 1, kind: 'messages', received: items.length, processed: 0, failed: [], done: false };
				s.bulkJobs.push(job);
				res.json({ status: 'success' });
				setTimeout(() => {
					items.forEach((item, index) => {
						try {
							const conversation = s.conversations.get(item.conversation_id);
							if (!conversation) throw new Social25Error(404, `Conversation ${item.conversation_id} not found.`);
							const fields = item as unknown as { text: string; name: string; locale: string; components?: MediaHsmRequest['components'] };
							const single: SendMessageRequest =
								item.type === 'text' ? { type: 'text', text: fields.text } : { type: 'MEDIA_HSM', name: fields.name, locale: fields.locale, components: fields.components };
							deliver(conversation, single);
							job.processed++;
						} catch (error) {
							job.failed.push({ index, detail: (error as Error).message });
						}
					});
					job.done = true;
				}, ASYNC_DELAY_MS);
			},
		}),
		route<SendBulkHsmRequest>({
			method: 'POST',
			path: '/tenants/{tenantId}/send_bulk_hsm/',
			summary: 'DEPRECATED: send WhatsApp templates by phone number',
			body: 'SendBulkHsmRequest',
			response: 'BulkStatusResponse',
			before: [knownTenant(state)],
			handle: (_req, res, body) => {
				const from = body.messages[0].from;
				const job = runLegacyJob(
					'send_bulk_hsm',
					body.process_sync ?? false,
					from,
					body.messages.map((m) => ({ to: m.to.phone_number, name: m.name, locale: m.locale, parameters: m.parameters ?? [] })),
				);
				res.json(body.process_sync ? { status: 'success', processed: job.processed, failed: job.failed } : { status: 'success' });
			},
		}),
		route<MediaTemplateHsmRequest>({
			method: 'POST',
			path: '/tenants/{tenantId}/media_template_hsm/',
			summary: 'DEPRECATED: send WhatsApp media templates by phone number',
			body: 'MediaTemplateHsmRequest',
			response: 'BulkStatusResponse',
			before: [knownTenant(state)],
			handle: (_req, res, body) => {
				const from = body.messages[0].from;
				const job = runLegacyJob(
					'media_template_hsm',
					body.process_sync ?? false,
					from,
					body.messages.map((m) => ({ to: m.to, name: m.name, locale: m.locale, parameters: bodyTexts(m.components) })),
				);
				res.json(body.process_sync ? { status: 'success', processed: job.processed, failed: job.failed } : { status: 'success' });
			},
		}),
	]);
}
