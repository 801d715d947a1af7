import { Router, type Request } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type {
	ConversationState,
	ConversationStateUpdateRequest,
	InitiateConversationItem,
	InitiateConversationsResponse,
} from '../../../../schemas/social25/types.generated';
import { fieldError, notFound, Social25Error } from '../errors';
import { assertTenant, conversationFrom, conversationView, page, platformOf, validateBody } from '../lookup';
import { COUNTRIES, INVALID_PHONE, toE164 } from '../phone';
import { nameUuid, naive, type Social25State, type StoredConversation, type StoredPlatform } from '../state';

const STATE_BY_CODE: ConversationState[] = ['OPEN', 'EXPIRED', 'AUTO_BOT', 'CLOSED'];
const FILTERS = ['open', 'closed', 'auto_bot', 'expired', 'blocked'];
/** "WhatsApp for Business, Whatsapp Broker channels and SMS" (V2); V1 only WhatsApp. */
const INITIATE_PLATFORMS = new Set(['whatsapp', 'sms']);

/** Removes a conversation and its messages; returns the message ids. */
function destroyConversation(state: Social25State, conversation: StoredConversation): string[] {
	state.conversations.delete(conversation.id);
	return conversation.messages.map((m) => m.id);
}

/** The conversation of a phone number on a platform, created (with its user) on first contact. */
export function ensurePhoneConversation(state: Social25State, platform: StoredPlatform, e164: string): StoredConversation {
	const digits = e164.replace(/^\+/, '');
	const existing = [...state.conversations.values()].find(
		(c) => c.platformId === platform.id && state.users.get(c.userId)?.phone_number === digits,
	);
	if (existing) return existing;
	// The doc's examples return the same uuid for conversation and user; a name-based uuid keeps that.
	const id = nameUuid(state.tenant.id, String(platform.id), digits);
	state.users.set(id, { id, username: null, first_name: null, last_name: null, phone_number: digits, gender: null, profile_picture: null, blockedOn: [] });
	const conversation: StoredConversation = {
		id,
		flow: 'SERVICE',
		state: 'OPEN',
		created: naive(),
		agent_id: null,
		userId: id,
		platformId: platform.id,
		tags: [],
		custom_data: null,
		messages: [],
	};
	state.conversations.set(id, conversation);
	return conversation;
}

function initiateOne(state: Social25State, item: InitiateConversationItem, matches: (p: StoredPlatform) => boolean) {
	const platform = state.tenant.platforms.find(matches);
	if (!platform) return { error: `Platform ${item.platform_id} does not exist.` };
	if (!INITIATE_PLATFORMS.has(platform.platform)) return { error: `Platform ${item.platform_id} (${platform.platform}) cannot initiate conversations.` };
	const e164 = toE164(item.user_identifier, COUNTRIES[platform.country ?? 'NL']);
	if (!e164) return { error: INVALID_PHONE };
	const conversation = ensurePhoneConversation(state, platform, e164);
	return { record: { conversation_id: conversation.id, user_id: conversation.userId, user_identifier: e164 } };
}

export function conversationRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	const router = Router();

	router.get('/tenants/:tenantId/conversations/', (req, res) => {
		const s = state();
		assertTenant(s, req);
		const filter = req.query.state === undefined ? undefined : String(req.query.state);
		if (filter !== undefined && !FILTERS.includes(filter)) {
			throw fieldError('state', `Select a valid choice. ${filter} is not one of the available choices.`);
		}
		const wanted = filter ? [filter.toUpperCase()] : ['OPEN', 'AUTO_BOT'];
		const list = [...s.conversations.values()].filter((c) => wanted.includes(c.state)).map((c) => conversationView(s, c));
		res.json(page(ctx, req, list));
	});

	router.get('/tenants/:tenantId/conversations/tags/', (req, res) => {
		const s = state();
		assertTenant(s, req);
		const used = new Set([...s.conversations.values()].flatMap((c) => c.tags));
		res.json({ tags: [...used].sort() });
	});

	router.get('/tenants/:tenantId/conversations/:conversationId/details/', (req, res) => {
		const s = state();
		res.json(conversationView(s, conversationFrom(s, req)));
	});

	router.put('/tenants/:tenantId/conversations/:conversationId/details/', (req, res) => {
		const s = state();
		const conversation = conversationFrom(s, req);
		const body = validateBody<ConversationStateUpdateRequest>(ctx, 'ConversationStateUpdateRequest', req.body);
		conversation.state = STATE_BY_CODE[body.state];
		if (body.custom_data !== undefined) conversation.custom_data = body.custom_data;
		res.json(conversationView(s, conversation));
	});

	// The doc's path really is singular here ("conversation"), unlike every other conversation route.
	router.delete('/tenants/:tenantId/conversation/:conversationId/delete/', (req, res) => {
		const s = state();
		const conversation = conversationFrom(s, req);
		const messageIds = destroyConversation(s, conversation);
		res.json({
			messages: { destroyed_message_ids: messageIds, destroyed: true },
			conversations: { destroyed_conversation_ids: [conversation.id], destroyed: true },
			sucess: true,
		});
	});

	router.post('/tenants/:tenantId/conversations/bulk/', (req, res) => {
		const s = state();
		assertTenant(s, req);
		const items = validateBody<InitiateConversationItem[]>(ctx, 'InitiateConversationsRequest', req.body);
		const response: InitiateConversationsResponse = { success: true, records: [] };
		// The doc's answer shows neither a rejected number nor which record is whose: see the variants.
		const omitRejected = ctx.variant('initiateRejected') === 'omitted';
		const documentedShape = ctx.variant('initiateRecordShape') === 'documented';
		for (const item of items) {
			// V2 takes the platform's external identifier: its page_id.
			const outcome = initiateOne(s, item, (p) => p.page_id === String(item.platform_id));
			if (outcome.record) {
				const { user_identifier: _identifier, ...documented } = outcome.record;
				response.records.push(documentedShape ? documented : outcome.record);
			} else {
				response.success = false;
				if (!omitRejected) response.records.push({ user_identifier: item.user_identifier, error: outcome.error! });
			}
		}
		if (ctx.variant('initiateOrder') === 'reversed') response.records.reverse();
		res.json(response);
	});

	router.post('/tenants/:tenantId/initiate_conversation/', (req, res) => {
		const s = state();
		assertTenant(s, req);
		const item = validateBody<InitiateConversationItem>(ctx, 'InitiateConversationItem', req.body);
		// V1 takes the platform's id and supports WhatsApp only.
		const outcome = initiateOne(s, item, (p) => String(p.id) === String(item.platform_id) && p.platform === 'whatsapp');
		if (!outcome.record) {
			throw outcome.error === INVALID_PHONE ? fieldError('user_identifier', INVALID_PHONE) : fieldError('platform_id', outcome.error!);
		}
		res.json({ conversation_id: outcome.record.conversation_id, user_id: outcome.record.user_id });
	});

	router.delete('/tenants/:tenantId/user/:userId/delete/', (req, res) => {
		const s = state();
		assertTenant(s, req);
		const user = s.users.get(param(req, 'userId'));
		if (!user) throw notFound();
		const conversations = [...s.conversations.values()].filter((c) => c.userId === user.id);
		const messageIds = conversations.flatMap((c) => destroyConversation(s, c));
		s.users.delete(user.id);
		res.json({
			messages: { destroyed_message_ids: messageIds, destroyed: true },
			conversations: { destroyed_conversation_ids: conversations.map((c) => c.id), destroyed: true },
			user: { destroyed: true },
			success: true,
		});
	});

	// The curl uses /conversation/<id>/block/, the HTTP Request line /user/<id>/block/: both are served.
	const blockRoute = (blocked: boolean) => (req: Request, res: import('express').Response) => {
		const s = state();
		const conversation = conversationFrom(s, req);
		const user = s.users.get(conversation.userId)!;
		const platform = platformOf(s, conversation);
		if (!['whatsapp', 'facebook', 'sms'].includes(platform.platform)) {
			throw new Social25Error(400, `Blocking is not available on ${platform.platform}.`);
		}
		user.blockedOn = blocked ? [...new Set([...user.blockedOn, platform.id])] : user.blockedOn.filter((id) => id !== platform.id);
		for (const c of s.conversations.values()) {
			if (c.userId === user.id && c.platformId === platform.id) c.state = blocked ? 'BLOCKED' : c.state === 'BLOCKED' ? 'OPEN' : c.state;
		}
		res.json({ message: 'OK', data: {} });
	};
	for (const segment of ['conversation', 'user']) {
		router.post(`/tenants/:tenantId/${segment}/:conversationId/block/`, blockRoute(true));
		router.post(`/tenants/:tenantId/${segment}/:conversationId/unblock/`, blockRoute(false));
	}

	return router;
}
