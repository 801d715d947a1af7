import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { ChatTaggingCreate, ChatTaggingEvent, Tag } from '../../../../schemas/wabbit/types.generated';
import { currentUser, requireTags } from '../auth';
import { fieldErrors, invalidBody, notFound } from '../errors';
import type { WabbitEvents } from '../events';
import { page, timeWindow, userBrief } from '../lookup';
import { nowSeconds, type StoredUser, type WabbitState } from '../state';
import { canRead } from './chat';

/** The tag a tagging names, or DRF's answer for an unknown primary key. */
export function tagOf(s: WabbitState, id: number): Tag {
	const tag = s.tags.find((t) => t.id === id);
	if (!tag) throw fieldErrors({ tag: [`Invalid pk "${id}" - object does not exist.`] });
	return tag;
}

/** What a tagging event says, whatever was tagged. */
export function taggingEvent(ctx: ProviderContext, tag: Tag, action: 'added' | 'removed', extra: Record<string, unknown> | null, user: StoredUser) {
	return {
		timestamp: nowSeconds(),
		action,
		tag: { id: tag.id, name: tag.name, web_inbox_color: tag.web_inbox_color },
		extra,
		done_by: userBrief(ctx, user),
	};
}

/** Adds a chat tagging (once per chat and tag) and tells webhooks and the Rule Engine; tagging a message does it too. */
export function tagChat(ctx: ProviderContext, events: WabbitEvents, s: WabbitState, user: StoredUser, wa_id: string, tag: Tag, extra: Record<string, unknown> | null, fromMessage: boolean) {
	const existing = s.chatTaggings.find((t) => t.chat === wa_id && t.tag === tag.id);
	if (existing) return existing;
	const tagging = { id: s.nextId.tagging++, tag: tag.id, chat: wa_id, extra };
	s.chatTaggings.push(tagging);
	const event: ChatTaggingEvent = { ...taggingEvent(ctx, tag, 'added', extra, user), chat: wa_id };
	s.chatTaggingEvents.push(event);
	void events.chatTagging(event, fromMessage);
	return tagging;
}

export function chatTaggingRoutes(ctx: ProviderContext, state: () => WabbitState, events: WabbitEvents): Router {
	const findChatTagging = (s: WabbitState, id: string) => {
		const tagging = s.chatTaggings.find((t) => String(t.id) === id);
		if (!tagging) throw notFound();
		return tagging;
	};

	return routeTable(ctx, invalidBody, [
		route<ChatTaggingCreate>({
			method: 'POST',
			path: '/chat_tagging/',
			summary: 'Tag a chat',
			body: 'ChatTaggingCreate',
			response: 'ChatTagging',
			before: [requireTags],
			handle: (_req, res, body) => {
				const s = state();
				const user = currentUser(res);
				const tag = tagOf(s, body.tag);
				if (!s.persons.has(body.chat) || !canRead(s, user, body.chat)) throw fieldErrors({ chat: [`Chat ${body.chat} does not exist.`] });
				if (s.chatTaggings.some((t) => t.chat === body.chat && t.tag === body.tag)) {
					throw fieldErrors({ non_field_errors: ['The fields tag, chat must make a unique set.'] });
				}
				res.status(201).json(tagChat(ctx, events, s, user, body.chat, tag, body.extra ?? null, false));
			},
		}),
		route({
			method: 'GET',
			path: '/chat_tagging/{id}/',
			summary: 'Get a chat tagging',
			response: 'ChatTagging',
			handle: (req, res) => {
				res.json(findChatTagging(state(), param(req, 'id')));
			},
		}),
		route({
			method: 'DELETE',
			path: '/chat_tagging/{id}/',
			summary: 'Remove a tag from a chat',
			before: [requireTags],
			handle: (req, res) => {
				const s = state();
				const tagging = findChatTagging(s, param(req, 'id'));
				s.chatTaggings = s.chatTaggings.filter((t) => t !== tagging);
				const event: ChatTaggingEvent = {
					...taggingEvent(
						ctx,
						s.tags.find((t) => t.id === tagging.tag)!,
						'removed',
						tagging.extra,
						currentUser(res),
					),
					chat: tagging.chat,
				};
				s.chatTaggingEvents.push(event);
				res.status(204).end();
				void events.chatTagging(event, false);
			},
		}),
		route({
			method: 'GET',
			path: '/chat_tagging_events/',
			summary: 'List chat tagging events, newest first',
			handle: (req, res) => {
				const s = state();
				const user = currentUser(res);
				const wa_id = req.query.wa_id ? String(req.query.wa_id) : undefined;
				const list = s.chatTaggingEvents.filter((e) => (!wa_id || e.chat === wa_id) && canRead(s, user, e.chat));
				res.json(page(req, timeWindow(req, list, (e) => e.timestamp).reverse()));
			},
		}),
	]);
}
