import { Router } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type {
	ChatTaggingCreate,
	ChatTaggingEvent,
	MessageTaggingCreate,
	MessageTaggingEvent,
	Tag,
	TagCreate,
} from '../../../../schemas/wabbit/types.generated';
import { currentUser, requireTags } from '../auth';
import { fieldErrors, notFound } from '../errors';
import type { WabbitEvents } from '../events';
import { nowSeconds, type StoredUser, type WabbitState } from '../state';
import { findMessage, page, timeWindow, userBrief, validateBody } from '../views';
import { canRead } from './chats';

export function tagRoutes(ctx: ProviderContext, state: () => WabbitState, events: WabbitEvents): Router {
	const router = Router();

	const tagOf = (s: WabbitState, id: number): Tag => {
		const tag = s.tags.find((t) => t.id === id);
		if (!tag) throw fieldErrors({ tag: [`Invalid pk "${id}" - object does not exist.`] });
		return tag;
	};
	const eventBase = (tag: Tag, action: 'added' | 'removed', extra: Record<string, unknown> | null, user: StoredUser) => ({
		timestamp: nowSeconds(),
		action,
		tag: { id: tag.id, name: tag.name, web_inbox_color: tag.web_inbox_color },
		extra,
		done_by: userBrief(ctx, user),
	});

	router.get('/tags/', (req, res) => {
		res.json(page(req, state().tags));
	});
	router.post('/tags/', requireTags, (req, res) => {
		const s = state();
		const body = validateBody<TagCreate>(ctx, 'TagCreate', req.body);
		if (s.tags.some((t) => t.name === body.name)) throw fieldErrors({ name: ['tag with this name already exists.'] });
		const tag: Tag = { id: s.nextId.tag++, name: body.name, web_inbox_color: body.web_inbox_color ?? null };
		s.tags.push(tag);
		res.status(201).json(tag);
	});

	/** Adds a chat tagging (once per chat and tag) and tells webhooks and the Rule Engine. */
	const tagChat = (s: WabbitState, user: StoredUser, wa_id: string, tag: Tag, extra: Record<string, unknown> | null, fromMessage: boolean) => {
		const existing = s.chatTaggings.find((t) => t.chat === wa_id && t.tag === tag.id);
		if (existing) return existing;
		const tagging = { id: s.nextId.tagging++, tag: tag.id, chat: wa_id, extra };
		s.chatTaggings.push(tagging);
		const event: ChatTaggingEvent = { ...eventBase(tag, 'added', extra, user), chat: wa_id };
		s.chatTaggingEvents.push(event);
		void events.chatTagging(event, fromMessage);
		return tagging;
	};

	router.post('/message_tagging/', requireTags, (req, res) => {
		const s = state();
		const user = currentUser(res);
		const body = validateBody<MessageTaggingCreate>(ctx, 'MessageTaggingCreate', req.body);
		const tag = tagOf(s, body.tag);
		const message = s.messages.find((m) => m.id === body.message);
		if (!message || !canRead(s, user, message.customer_wa_id)) throw fieldErrors({ message: [`Message ${body.message} does not exist.`] });
		if (s.messageTaggings.some((t) => t.message === body.message && t.tag === body.tag)) {
			throw fieldErrors({ non_field_errors: ['The fields tag, message must make a unique set.'] });
		}
		const tagging = { id: s.nextId.tagging++, tag: tag.id, message: message.id, extra: body.extra ?? null };
		s.messageTaggings.push(tagging);
		const event: MessageTaggingEvent = { ...eventBase(tag, 'added', tagging.extra, user), message: message.id };
		s.messageTaggingEvents.push(event);
		res.status(201).json(tagging);
		void events.messageTagging(event, message);
		// The doc: tagging a message tags its chat with the same tag immediately.
		tagChat(s, user, message.customer_wa_id, tag, tagging.extra, true);
	});

	router.post('/chat_tagging/', requireTags, (req, res) => {
		const s = state();
		const user = currentUser(res);
		const body = validateBody<ChatTaggingCreate>(ctx, 'ChatTaggingCreate', req.body);
		const tag = tagOf(s, body.tag);
		if (!s.persons.has(body.chat) || !canRead(s, user, body.chat)) throw fieldErrors({ chat: [`Chat ${body.chat} does not exist.`] });
		if (s.chatTaggings.some((t) => t.chat === body.chat && t.tag === body.tag)) {
			throw fieldErrors({ non_field_errors: ['The fields tag, chat must make a unique set.'] });
		}
		res.status(201).json(tagChat(s, user, body.chat, tag, body.extra ?? null, false));
	});

	const findMessageTagging = (s: WabbitState, id: string) => {
		const tagging = s.messageTaggings.find((t) => String(t.id) === id);
		if (!tagging) throw notFound();
		return tagging;
	};
	const findChatTagging = (s: WabbitState, id: string) => {
		const tagging = s.chatTaggings.find((t) => String(t.id) === id);
		if (!tagging) throw notFound();
		return tagging;
	};

	router.get('/message_tagging/:id/', (req, res) => {
		res.json(findMessageTagging(state(), param(req, 'id')));
	});
	router.delete('/message_tagging/:id/', requireTags, (req, res) => {
		const s = state();
		const tagging = findMessageTagging(s, param(req, 'id'));
		s.messageTaggings = s.messageTaggings.filter((t) => t !== tagging);
		const event: MessageTaggingEvent = { ...eventBase(s.tags.find((t) => t.id === tagging.tag)!, 'removed', tagging.extra, currentUser(res)), message: tagging.message };
		s.messageTaggingEvents.push(event);
		res.status(204).end();
		void events.messageTagging(event, findMessage(s, tagging.message));
	});
	router.get('/chat_tagging/:id/', (req, res) => {
		res.json(findChatTagging(state(), param(req, 'id')));
	});
	router.delete('/chat_tagging/:id/', requireTags, (req, res) => {
		const s = state();
		const tagging = findChatTagging(s, param(req, 'id'));
		s.chatTaggings = s.chatTaggings.filter((t) => t !== tagging);
		const event: ChatTaggingEvent = { ...eventBase(s.tags.find((t) => t.id === tagging.tag)!, 'removed', tagging.extra, currentUser(res)), chat: tagging.chat };
		s.chatTaggingEvents.push(event);
		res.status(204).end();
		void events.chatTagging(event, false);
	});

	router.get('/message_tagging_events/', (req, res) => {
		const s = state();
		const user = currentUser(res);
		const wa_id = req.query.wa_id ? String(req.query.wa_id) : undefined;
		const messageId = req.query.message_id ? String(req.query.message_id) : undefined;
		const chatOf = (id: string) => s.messages.find((m) => m.id === id)?.customer_wa_id ?? '';
		const list = s.messageTaggingEvents.filter(
			(e) => (!messageId || e.message === messageId) && (!wa_id || chatOf(e.message) === wa_id) && canRead(s, user, chatOf(e.message)),
		);
		res.json(page(req, timeWindow(req, list, (e) => e.timestamp).reverse()));
	});
	router.get('/chat_tagging_events/', (req, res) => {
		const s = state();
		const user = currentUser(res);
		const wa_id = req.query.wa_id ? String(req.query.wa_id) : undefined;
		const list = s.chatTaggingEvents.filter((e) => (!wa_id || e.chat === wa_id) && canRead(s, user, e.chat));
		res.json(page(req, timeWindow(req, list, (e) => e.timestamp).reverse()));
	});

	return router;
}
