import type { Request, Response, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { CreateMessage, CreateMessageResponse, MarkAsReceived } from '../../../../schemas/wabbit/types.generated';
import { currentUser } from '../auth';
import { WabbitError, fieldErrors, forbidden, invalidBody } from '../errors';
import type { WabbitEvents } from '../events';
import { booleanQuery, markReceived, messageView, page, timeWindow } from '../lookup';
import { nowSeconds, wabaMessageId, type StoredMessage, type WabbitState } from '../state';
import { assignmentFilter, canRead, canWrite } from './chat';

const CARE_WINDOW_SECONDS = 24 * 3600;
const MESSAGE_TYPES = ['text', 'image', 'contacts', 'document', 'hsm', 'location', 'sticker', 'template'];

/** The document's first example has no type: that is a text message (as in WhatsApp's APIs). */
const typeOf = (body: unknown) => {
	const given = body as { type?: unknown; text?: unknown } | undefined;
	return given?.type ?? (given?.text !== undefined ? 'text' : undefined);
};

/** Checked against the variant its type names, for one clear message per bad field. */
const messageRequestOf = (body: unknown) => {
	const type = typeOf(body);
	return typeof type === 'string' && MESSAGE_TYPES.includes(type) ? `${type[0].toUpperCase()}${type.slice(1)}MessageRequest` : 'CreateMessage';
};

/** Messages: the history, sending, and marking as received. */
export function messageRoutes(ctx: ProviderContext, state: () => WabbitState, events: WabbitEvents): Router {
	/** Newest first; the chat comes from ?wa_id= or the /messages/{wa_id}/ path form the doc also shows. */
	const list = (req: Request, res: Response) => {
		const s = state();
		const user = currentUser(res);
		const wa_id = param(req, 'wa_id') || (req.query.wa_id ? String(req.query.wa_id) : '');
		const matchesAssignment = assignmentFilter(s, req, user);
		const search = String(req.query.search ?? '')
			.trim()
			.toLowerCase();
		const visible = s.messages.filter(
			(m) =>
				(!wa_id || m.customer_wa_id === wa_id) &&
				canRead(s, user, m.customer_wa_id) &&
				matchesAssignment(m.customer_wa_id) &&
				(!search || JSON.stringify(m.waba_payload).toLowerCase().includes(search)),
		);
		const envelope = page(req, timeWindow(req, visible, (m) => m.timestamp).reverse());
		const results = envelope.results.map((m) => messageView(ctx, s, m, user.id));
		if (booleanQuery(req, 'mark_as_received')) markReceived(s, user.id, envelope.results);
		res.json({ ...envelope, results });
	};

	const send = (_req: Request, res: Response, validated: CreateMessage) => {
		const s = state();
		const user = currentUser(res);
		const body = { ...validated, ...(typeOf(validated) === 'text' ? { type: 'text' as const } : {}) } as CreateMessage;
		const person = s.persons.get(body.wa_id);
		if (person && !canWrite(s, user, body.wa_id)) throw forbidden('You can only write to Chats assigned to you.');
		if (!person && user.can_write_to_chats !== 'all' && user.role !== 'admin') throw forbidden('You can only write to Chats assigned to you.');
		const templated = body.type === 'template' || body.type === 'hsm';
		const last = person?.last_message_timestamp ?? null;
		if (!templated && (last === null || nowSeconds() - last > CARE_WINDOW_SECONDS)) {
			throw new WabbitError(400, 'Message could not be sent: more than 24 hours passed since the customer last wrote. Send a template message instead.');
		}
		if (body.type === 'image' || body.type === 'document' || body.type === 'sticker') {
			const media = (body as unknown as Record<string, { id?: string }>)[body.type];
			if (media.id && !s.media.has(media.id)) throw fieldErrors({ [`${body.type}.id`]: [`Media ${media.id} does not exist.`] });
		}
		if (body.type === 'template') {
			const { name, language, namespace } = body.template;
			const template = s.templates.find((t) => t.name === name && t.language === language.code);
			if (!template) throw fieldErrors({ 'template.name': [`No template "${name}" in language "${language.code}".`] });
			if (template.status !== 'approved') throw fieldErrors({ 'template.name': [`Template "${name}" is ${template.status}, not approved.`] });
			if (namespace === undefined && ctx.variant('templateNamespace') === 'required') throw fieldErrors({ 'template.namespace': ['This field is required.'] });
			if (namespace !== undefined && namespace !== template.namespace) {
				throw fieldErrors({ 'template.namespace': [`Template "${name}" is in namespace "${template.namespace}", not "${namespace}".`] });
			}
		}
		if (!person) s.persons.set(body.wa_id, { wa_id: body.wa_id, name: body.wa_id, last_message_timestamp: null });
		const id = wabaMessageId(ctx.faker, false);
		const timestamp = nowSeconds();
		// Where preview_url is read is a variant; the one not read is ignored (DRF ignores unknown fields).
		const { wa_id, ...rest } = body;
		const payload = { ...rest } as Record<string, unknown>;
		let previewUrl = false;
		if (body.type === 'text') {
			const { preview_url: inText, ...text } = body.text;
			const beside = (body as { preview_url?: boolean }).preview_url;
			previewUrl = (ctx.variant('previewUrl') === 'in-text' ? inText : beside) ?? false;
			delete payload.preview_url;
			payload.text = text;
		}
		const message: StoredMessage = {
			id,
			customer_wa_id: wa_id,
			from_us: true,
			timestamp,
			waba_payload: { ...(body.type === 'text' ? { preview_url: previewUrl } : {}), recipient_type: 'individual', to: wa_id, ...payload, id, timestamp },
			statuses: { sent: timestamp, delivered: 0, read: 0 },
			senderId: user.id,
			context: null,
		};
		s.messages.push(message);
		const answer = ctx.variant('createMessageAnswer');
		const response: CreateMessageResponse | Record<string, never> = answer === 'empty' ? {} : answer === 'empty-waba-response' ? { waba_response: {} } : { waba_response: { messages: [{ id }] } };
		res.status(201).json(response);
		void events.outgoing(message);
	};

	/** Variant messageType "required": a body without type is refused before its fields are checked. */
	const typeRequired = (req: Request, _res: Response, next: () => void) => {
		const given = req.body as { type?: unknown } | undefined;
		if (given && typeof given === 'object' && given.type === undefined && ctx.variant('messageType') === 'required') {
			throw fieldErrors({ type: ['This field is required.'] });
		}
		next();
	};

	return routeTable(ctx, invalidBody, [
		route({ method: 'GET', path: '/messages/', summary: 'List messages, newest first', handle: list }),
		route({ method: 'GET', path: '/messages/{wa_id}/', summary: 'List the messages of a chat, newest first', handle: list }),
		route<CreateMessage>({
			method: 'POST',
			path: '/messages/',
			summary: 'Send a message to a chat',
			body: 'CreateMessage',
			bodyOf: messageRequestOf,
			response: 'CreateMessageResponse',
			before: [typeRequired],
			handle: send,
		}),
		route<MarkAsReceived>({
			method: 'POST',
			path: '/mark_as_received/',
			summary: "Mark a chat's messages up to a time as received",
			body: 'MarkAsReceived',
			handle: (_req, res, body) => {
				const s = state();
				const user = currentUser(res);
				if (!s.persons.has(body.customer_wa_id) || !canRead(s, user, body.customer_wa_id)) {
					throw fieldErrors({ customer_wa_id: [`Chat ${body.customer_wa_id} does not exist.`] });
				}
				let marks = s.receivedMarks.get(user.id);
				if (!marks) s.receivedMarks.set(user.id, (marks = new Map()));
				marks.set(body.customer_wa_id, Math.max(marks.get(body.customer_wa_id) ?? 0, body.timestamp));
				res.status(201).json({});
			},
		}),
	]);
}
