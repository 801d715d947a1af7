import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { MessageTaggingCreate, MessageTaggingEvent } from '../../../../schemas/wabbit/types.generated';
import { currentUser, requireTags } from '../auth';
import { fieldErrors, invalidBody, notFound } from '../errors';
import type { WabbitEvents } from '../events';
import { findMessage, page, timeWindow } from '../lookup';
import type { WabbitState } from '../state';
import { canRead } from './chat';
import { tagChat, taggingEvent, tagOf } from './chatTagging';

export function messageTaggingRoutes(ctx: ProviderContext, state: () => WabbitState, events: WabbitEvents): Router {
	const findMessageTagging = (s: WabbitState, id: string) => {
		const tagging = s.messageTaggings.find((t) => String(t.id) === id);
		if (!tagging) throw notFound();
		return tagging;
	};

	return routeTable(ctx, invalidBody, [
		route<MessageTaggingCreate>({
			method: 'POST',
			path: '/message_tagging/',
			summary: 'Tag a message (and so its chat)',
			body: 'MessageTaggingCreate',
			response: 'MessageTagging',
			before: [requireTags],
			handle: (_req, res, body) => {
				const s = state();
				const user = currentUser(res);
				const tag = tagOf(s, body.tag);
				const message = s.messages.find((m) => m.id === body.message);
				if (!message || !canRead(s, user, message.customer_wa_id)) throw fieldErrors({ message: [`Message ${body.message} does not exist.`] });
				if (s.messageTaggings.some((t) => t.message === body.message && t.tag === body.tag)) {
					throw fieldErrors({ non_field_errors: ['The fields tag, message must make a unique set.'] });
				}
				const tagging = { id: s.nextId.tagging++, tag: tag.id, message: message.id, extra: body.extra ?? null };
				s.messageTaggings.push(tagging);
				const event: MessageTaggingEvent = { ...taggingEvent(ctx, tag, 'added', tagging.extra, user), message: message.id };
				s.messageTaggingEvents.push(event);
				res.status(201).json(tagging);
				void events.messageTagging(event, message);
				// The doc: tagging a message tags its chat with the same tag immediately.
				tagChat(ctx, events, s, user, message.customer_wa_id, tag, tagging.extra, true);
			},
		}),
		route({
			method: 'GET',
			path: '/message_tagging/{id}/',
			summary: 'Get a message tagging',
			response: 'MessageTagging',
			handle: (req, res) => {
				res.json(findMessageTagging(state(), param(req, 'id')));
			},
		}),
		route({
			method: 'DELETE',
			path: '/message_tagging/{id}/',
			summary: 'Remove a tag from a message',
			before: [requireTags],
			handle: (req, res) => {
				const s = state();
				const tagging = findMessageTagging(s, param(req, 'id'));
				s.messageTaggings = s.messageTaggings.filter((t) => t !== tagging);
				const event: MessageTaggingEvent = {
					...taggingEvent(
						ctx,
						s.tags.find((t) => t.id === tagging.tag)!,
						'removed',
						tagging.extra,
						currentUser(res),
					),
					message: tagging.message,
				};
				s.messageTaggingEvents.push(event);
				res.status(204).end();
				void events.messageTagging(event, findMessage(s, tagging.message));
			},
		}),
		route({
			method: 'GET',
			path: '/message_tagging_events/',
			summary: 'List message tagging events, newest first',
			handle: (req, res) => {
				const s = state();
				const user = currentUser(res);
				const wa_id = req.query.wa_id ? String(req.query.wa_id) : undefined;
				const messageId = req.query.message_id ? String(req.query.message_id) : undefined;
				const chatOf = (id: string) => s.messages.find((m) => m.id === id)?.customer_wa_id ?? '';
				const list = s.messageTaggingEvents.filter((e) => (!messageId || e.message === messageId) && (!wa_id || chatOf(e.message) === wa_id) && canRead(s, user, chatOf(e.message)));
				res.json(page(req, timeWindow(req, list, (e) => e.timestamp).reverse()));
			},
		}),
	]);
}
