import type { NextFunction, Request, Response } from 'express';

import { param, type ProviderContext } from '../../core/types';
import type { Agent, Conversation, Tenant } from '../../../schemas/social25/types.generated';
import { notFound, Social25Error } from './errors';
import type { Social25State, StoredConversation, StoredPlatform } from './state';

/** The doc has no page size; the mock uses a small one so clients must follow `next`. */
export const PAGE_SIZE = 5;

/** The :tenantId of the path must be the token's tenant. */
export function assertTenant(state: Social25State, req: Request): void {
	if (param(req, 'tenantId') !== state.tenant.id) throw notFound();
}

/**
 * Route-table `before` steps: an unknown tenant or conversation is a 404 before the body is
 * checked, as the handlers answered when they validated the body themselves.
 */
export function knownTenant(state: () => Social25State) {
	return (req: Request, _res: Response, next: NextFunction) => {
		assertTenant(state(), req);
		next();
	};
}

export function knownConversation(state: () => Social25State) {
	return (req: Request, _res: Response, next: NextFunction) => {
		conversationFrom(state(), req);
		next();
	};
}

export function conversationFrom(state: Social25State, req: Request, name = 'conversationId'): StoredConversation {
	assertTenant(state, req);
	const conversation = state.conversations.get(param(req, name));
	if (!conversation) throw notFound();
	return conversation;
}

/** The first conversation of a platform in one of the states. */
export function firstIn(state: Social25State, platform: string, states: string[]): StoredConversation | undefined {
	return [...state.conversations.values()].find((c) => states.includes(c.state) && state.tenant.platforms.find((p) => p.id === c.platformId)?.platform === platform);
}

export function platformOf(state: Social25State, conversation: StoredConversation): StoredPlatform {
	return state.tenant.platforms.find((p) => p.id === conversation.platformId)!;
}

/** A DRF page of `items` for ?page=n; `next`/`previous` are absolute URLs keeping the other query parameters. */
export function page<T>(ctx: ProviderContext, req: Request, items: T[]) {
	const raw = req.query.page;
	const number = raw === undefined ? 1 : Number(raw);
	const last = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
	if (!Number.isInteger(number) || number < 1 || number > last) throw new Social25Error(404, 'Invalid page.');
	const link = (n: number) => {
		const url = new URL(`${ctx.baseUrl()}${req.path}`);
		for (const [key, value] of Object.entries(req.query)) if (key !== 'page') url.searchParams.set(key, String(value));
		if (n > 1) url.searchParams.set('page', String(n));
		return url.toString();
	};
	return {
		count: items.length,
		next: number < last ? link(number + 1) : null,
		previous: number > 1 ? link(number - 1) : null,
		results: items.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE),
	};
}

/** Python timedelta text ("116 05:19:39.788243"), which is what `has_expired` holds. */
function timedelta(ms: number): string {
	const days = Math.floor(ms / 86_400_000);
	const rest = new Date(ms % 86_400_000).toISOString().slice(11, 23);
	return `${days} ${rest}000`;
}

export function conversationView(state: Social25State, conversation: StoredConversation): Conversation {
	const user = state.users.get(conversation.userId)!;
	const platform = platformOf(state, conversation);
	const { blockedOn: _blockedOn, ...chatUser } = user;
	return {
		id: conversation.id,
		flow: conversation.flow,
		state: conversation.state,
		created: conversation.created,
		agent_id: conversation.agent_id,
		user: chatUser,
		platform: { source: platform.platform, name: platform.name, supports_media_captions: platform.platform === 'whatsapp' },
		comments: null,
		tags: conversation.tags,
		last_message: conversation.messages.at(-1) ?? null,
		has_expired: timedelta(Date.now() - Date.parse(`${conversation.created}Z`)),
		custom_data: conversation.custom_data,
	};
}

export function tenantView(state: Social25State): Tenant {
	const { platforms, ...tenant } = state.tenant;
	return {
		...tenant,
		agent: state.agents.find((a) => a.id === state.agentId) as Agent,
		platforms: platforms.map(({ country: _country, ...p }) => p),
	};
}
