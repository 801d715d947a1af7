import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';

import type { ProviderContext } from '../../../core/types';
import type {
	BulkMessageItem,
	MediaFile,
	MediaHsmRequest,
	MediaMessageRequest,
	MediaTemplateHsmRequest,
	Message,
	SendBulkHsmRequest,
	SendMessageRequest,
} from '../../../../schemas/social25/types.generated';
import { fieldError, Social25Error } from '../errors';
import { assertTenant, conversationFrom, page, platformOf, validateBody } from '../lookup';
import { COUNTRIES, toE164 } from '../phone';
import { DOCUMENTED_UPLOAD, newMessage, type BulkJob, type Social25State, type StoredConversation } from '../state';
import { ensurePhoneConversation } from './conversations';

/** "Messages can be retrieved 15 minutes after they have been received" and at most 31 days per query. */
const SYNC_RETRY_WINDOW_MS = 15 * 60_000;
const MAX_WINDOW_MS = 31 * 86_400_000;
const NAIVE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
/** Bulk endpoints answer first and process afterwards ("all messages will be processed async"). */
const ASYNC_DELAY_MS = 25;

const multipart = multer({ storage: multer.memoryStorage(), limits: { fileSize: 16 * 1024 * 1024 } }).single('media_file');

/** The `media_file` upload; a body that is not valid multipart is a 400, as DRF's parser answers. */
function mediaFileUpload(req: Request, res: Response, next: NextFunction): void {
	multipart(req, res, (error?: unknown) => {
		if (error) return next(new Social25Error(400, `Multipart form parse error - ${(error as Error).message}`));
		next();
	});
}

/** Cloudinary-style resource types, as the upload response shows ("image"); audio counts as video there. */
function resourceType(mime: string): string {
	if (mime.startsWith('image/')) return 'image';
	if (mime.startsWith('video/') || mime.startsWith('audio/')) return 'video';
	return 'raw';
}

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

const bodyTexts = (components: MediaHsmRequest['components']) =>
	(components ?? []).filter((c) => c.type === 'body').flatMap((c) => c.parameters.map((p) => p.text ?? ''));

export function messageRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	const router = Router();
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
				return outbound(conversation, { type: media.type, text: media.text ?? null, file: media.media_file, file_type: media.media_file.resource_type, media_title: media.media_file.title, mime_type: media.media_file.mime_type });
			}
		}
	}

	router.get('/tenants/:tenantId/conversations/:conversationId/messages/', (req, res) => {
		res.json(page(ctx, req, conversationFrom(state(), req).messages));
	});

	router.post('/tenants/:tenantId/conversations/:conversationId/messages/', (req, res) => {
		const conversation = conversationFrom(state(), req);
		const body = validateBody<SendMessageRequest>(ctx, 'SendMessageRequest', req.body);
		res.status(201).json(deliver(conversation, body));
	});

	router.post('/tenants/:tenantId/conversations/messages/bulk/', (req, res) => {
		const s = state();
		assertTenant(s, req);
		const items = validateBody<BulkMessageItem[]>(ctx, 'BulkMessagesRequest', req.body);
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
						item.type === 'text'
							? { type: 'text', text: fields.text }
							: { type: 'MEDIA_HSM', name: fields.name, locale: fields.locale, components: fields.components };
					deliver(conversation, single);
					job.processed++;
				} catch (error) {
					job.failed.push({ index, detail: (error as Error).message });
				}
			});
			job.done = true;
		}, ASYNC_DELAY_MS);
	});

	router.post('/tenants/:tenantId/conversations/:conversationId/mediaupload/', mediaFileUpload, (req, res) => {
		const s = state();
		conversationFrom(s, req);
		const file = req.file;
		if (!file) throw fieldError('media_file', 'No file was submitted.');
		if (file.size === 0) throw fieldError('media_file', 'The submitted file is empty.');
		const title = file.originalname.replace(/[^\w.-]+/g, '_');
		const path = `${ctx.faker.string.hexadecimal({ length: 32, prefix: '', casing: 'lower' })}/Platform/outbound/${title}`;
		const media: MediaFile = {
			path,
			url: `https://s3.eu-central-1.amazonaws.com/social25-acc/${path}`,
			secure_url: `https://social25-acc.s3.amazonaws.com/${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=mock`,
			type: 'private',
			title,
			mime_type: file.mimetype,
			resource_type: resourceType(file.mimetype),
			bytes: file.size,
		};
		s.uploads.set(path, media);
		res.json(media);
	});

	router.get('/tenants/:tenantId/messages/failed/', (req, res) => {
		const s = state();
		assertTenant(s, req);
		const read = (name: 'from_time' | 'till_time') => {
			const value = req.query[name];
			if (value === undefined || value === '') throw fieldError(name, 'This field is required.');
			if (!NAIVE_TIME.test(String(value))) throw fieldError(name, 'Use the format YYYY-MM-DDTHH:MM:SS.');
			return Date.parse(`${String(value)}Z`);
		};
		const from = read('from_time');
		const till = read('till_time');
		const type = String(req.query.type ?? 'standard');
		if (!['standard', 'salesforce'].includes(type)) throw fieldError('type', `"${type}" is not a valid choice.`);
		if (till <= from) throw fieldError('till_time', 'till_time must be later than from_time.');
		if (till - from > MAX_WINDOW_MS) throw fieldError('till_time', 'There can not be more than 31 days between from_time and till_time.');
		if (till > Date.now() - SYNC_RETRY_WINDOW_MS) {
			throw fieldError('till_time', 'Failed syncs can only be retrieved 15 minutes after the message was received: till_time must be at least 15 minutes in the past.');
		}
		const found = s.failedSyncs.filter((m) => {
			const at = Date.parse(`${m.timestamp}Z`);
			return at >= from && at <= till;
		});
		const view: object[] = type === 'salesforce'
			? found.map((m) => ({ Name: m.id, Conversation__c: m.conversation_id, Text__c: m.text, Timestamp__c: m.timestamp, Outbound__c: m.outbound, log_message: m.log_message }))
			: found;
		res.json(page(ctx, req, view));
	});

	router.get('/tenants/:tenantId/conversations/:conversationId/whatsapp_templates/', (req, res) => {
		const s = state();
		const conversation = conversationFrom(s, req);
		if (platformOf(s, conversation).platform !== 'whatsapp') throw new Social25Error(400, 'WhatsApp templates are only available on WhatsApp conversations.');
		const language = req.query.language;
		if (language === undefined || language === '') throw fieldError('language', 'This field is required.');
		res.json({ [String(language)]: s.templates.byLanguage[String(language)] ?? [], namespace: s.templates.namespace });
	});

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

	router.post('/tenants/:tenantId/send_bulk_hsm/', (req, res) => {
		assertTenant(state(), req);
		const body = validateBody<SendBulkHsmRequest>(ctx, 'SendBulkHsmRequest', req.body);
		const from = body.messages[0].from;
		const job = runLegacyJob('send_bulk_hsm', body.process_sync ?? false, from, body.messages.map((m) => ({ to: m.to.phone_number, name: m.name, locale: m.locale, parameters: m.parameters ?? [] })));
		res.json(body.process_sync ? { status: 'success', processed: job.processed, failed: job.failed } : { status: 'success' });
	});

	router.post('/tenants/:tenantId/media_template_hsm/', (req, res) => {
		assertTenant(state(), req);
		const body = validateBody<MediaTemplateHsmRequest>(ctx, 'MediaTemplateHsmRequest', req.body);
		const from = body.messages[0].from;
		const job = runLegacyJob('media_template_hsm', body.process_sync ?? false, from, body.messages.map((m) => ({ to: m.to, name: m.name, locale: m.locale, parameters: bodyTexts(m.components) })));
		res.json(body.process_sync ? { status: 'success', processed: job.processed, failed: job.failed } : { status: 'success' });
	});

	return router;
}

