import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { ConversationState, ConversationStateUpdateRequest, InitiateConversationItem, InitiateConversationsResponse } from '../../../../schemas/social25/types.generated';
import { fieldError, invalidBody } from '../errors';
import { assertTenant, conversationFrom, conversationView, knownConversation, knownTenant, page } from '../lookup';
import { COUNTRIES, INVALID_PHONE, toE164 } from '../phone';
import { ensurePhoneConversation, removeConversation, type Social25State, type StoredPlatform } from '../state';

const STATE_BY_CODE: ConversationState[] = ['OPEN', 'EXPIRED', 'AUTO_BOT', 'CLOSED'];
const FILTERS = ['open', 'closed', 'auto_bot', 'expired', 'blocked'];
/** "WhatsApp for Business, Whatsapp Broker channels and SMS" (V2); V1 only WhatsApp. */
const INITIATE_PLATFORMS = new Set(['whatsapp', 'sms']);

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
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/tenants/{tenantId}/conversations/',
			summary: 'List open and auto bot conversations, or those in ?state=',
			response: 'Page',
			handle: (req, res) => {
				const s = state();
				assertTenant(s, req);
				const filter = req.query.state === undefined ? undefined : String(req.query.state);
				if (filter !== undefined && !FILTERS.includes(filter)) {
					throw fieldError('state', `Select a valid choice. ${filter} is not one of the available choices.`);
				}
				const wanted = filter ? [filter.toUpperCase()] : ['OPEN', 'AUTO_BOT'];
				const list = [...s.conversations.values()].filter((c) => wanted.includes(c.state)).map((c) => conversationView(s, c));
				res.json(page(ctx, req, list));
			},
		}),
		route({
			method: 'GET',
			path: '/tenants/{tenantId}/conversations/tags/',
			summary: 'Tags used on conversations',
			response: 'ConversationTags',
			handle: (req, res) => {
				const s = state();
				assertTenant(s, req);
				const used = new Set([...s.conversations.values()].flatMap((c) => c.tags));
				res.json({ tags: [...used].sort() });
			},
		}),
		route({
			method: 'GET',
			path: '/tenants/{tenantId}/conversations/{conversationId}/details/',
			summary: 'Read a conversation',
			response: 'Conversation',
			handle: (req, res) => {
				const s = state();
				res.json(conversationView(s, conversationFrom(s, req)));
			},
		}),
		route<ConversationStateUpdateRequest>({
			method: 'PUT',
			path: '/tenants/{tenantId}/conversations/{conversationId}/details/',
			summary: 'Change the state of a conversation',
			body: 'ConversationStateUpdateRequest',
			response: 'Conversation',
			before: [knownConversation(state)],
			handle: (req, res, body) => {
				const s = state();
				const conversation = conversationFrom(s, req);
				conversation.state = STATE_BY_CODE[body.state];
				if (body.custom_data !== undefined) conversation.custom_data = body.custom_data;
				res.json(conversationView(s, conversation));
			},
		}),
		route({
			method: 'DELETE',
			// The doc's path really is singular here ("conversation"), unlike every other conversation route.
			path: '/tenants/{tenantId}/conversation/{conversationId}/delete/',
			summary: 'Delete a conversation and its messages',
			response: 'ConversationDeleteResponse',
			handle: (req, res) => {
				const s = state();
				const conversation = conversationFrom(s, req);
				const messageIds = removeConversation(s, conversation);
				res.json({
					messages: { destroyed_message_ids: messageIds, destroyed: true },
					conversations: { destroyed_conversation_ids: [conversation.id], destroyed: true },
					sucess: true,
				});
			},
		}),
		route<InitiateConversationItem[]>({
			method: 'POST',
			path: '/tenants/{tenantId}/conversations/bulk/',
			summary: 'Initiate conversations (V2) for phone numbers',
			body: 'InitiateConversationsRequest',
			response: 'InitiateConversationsResponse',
			before: [knownTenant(state)],
			handle: (_req, res, items) => {
				const s = state();
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
			},
		}),
		route<InitiateConversationItem>({
			method: 'POST',
			path: '/tenants/{tenantId}/initiate_conversation/',
			summary: 'DEPRECATED: initiate one conversation (V1)',
			body: 'InitiateConversationItem',
			response: 'InitiatedConversation',
			before: [knownTenant(state)],
			handle: (_req, res, item) => {
				// V1 takes the platform's id and supports WhatsApp only.
				const outcome = initiateOne(state(), item, (p) => String(p.id) === String(item.platform_id) && p.platform === 'whatsapp');
				if (!outcome.record) {
					throw outcome.error === INVALID_PHONE ? fieldError('user_identifier', INVALID_PHONE) : fieldError('platform_id', outcome.error!);
				}
				res.json({ conversation_id: outcome.record.conversation_id, user_id: outcome.record.user_id });
			},
		}),
	]);
}
