import type { Request } from 'express';

import type { ProviderContext } from '../../core/types';
import type { Chat, Group, MessageTag, Person, RetrieveMessage, User, UserBrief } from '../../../schemas/wabbit/types.generated';
import { WabbitError, notFound } from './errors';
import { initialsOf, type StoredMessage, type StoredUser, type WabbitState } from './state';

/**
 * Finding things in the inbox's state and showing them as the API does: users, persons, chats and
 * messages as the viewer sees them, DRF's pages and time windows.
 */

export function apiRoot(ctx: ProviderContext): string {
	return `${ctx.baseUrl()}/api/v1`;
}

export function userView(ctx: ProviderContext, s: WabbitState, u: StoredUser): User {
	return {
		...brief(ctx, u),
		groups: u.groups.map((g) => groupView(s, g)).filter((g): g is Group => g !== null),
		permissions: { can_use_tags: u.can_use_tags, can_read_chats: u.can_read_chats, can_write_to_chats: u.can_write_to_chats },
	};
}

/** A user as other objects name them (sender, done_by): without groups and permissions. */
export function userBrief(ctx: ProviderContext, u: StoredUser | undefined | null): UserBrief | null {
	return u ? brief(ctx, u) : null;
}

function brief(ctx: ProviderContext, u: StoredUser) {
	return {
		url: `${apiRoot(ctx)}/users/${u.id}/`,
		id: u.id,
		username: u.username,
		first_name: u.first_name,
		last_name: u.last_name,
		email: u.email,
		profile: { role: u.role },
	};
}

export function groupView(s: WabbitState, id: number | null): Group | null {
	return id === null ? null : (s.groups.find((g) => g.id === id) ?? null);
}

export function findUser(s: WabbitState, id: number | string): StoredUser {
	const user = s.users.find((u) => u.id === Number(id));
	if (!user) throw notFound();
	return user;
}

export function personView(s: WabbitState, wa_id: string): Person {
	const p = s.persons.get(wa_id);
	const name = p?.name ?? wa_id;
	return {
		wa_id,
		waba_payload: { profile: { name }, wa_id },
		initials: initialsOf(name) || wa_id.slice(0, 2),
		last_message_timestamp: p?.last_message_timestamp ?? null,
	};
}

/** "Received" is tracked per API user: by a mark covering the message, or one by one. */
export function isReceived(s: WabbitState, userId: number, m: StoredMessage): boolean {
	if (m.from_us) return true;
	const mark = s.receivedMarks.get(userId)?.get(m.customer_wa_id);
	return (mark !== undefined && m.timestamp <= mark) || (s.receivedIds.get(userId)?.has(m.id) ?? false);
}

export function markReceived(s: WabbitState, userId: number, messages: StoredMessage[]): void {
	let ids = s.receivedIds.get(userId);
	if (!ids) s.receivedIds.set(userId, (ids = new Set()));
	for (const m of messages) ids.add(m.id);
}

function messageTags(s: WabbitState, messageId: string): MessageTag[] {
	return s.messageTaggings.filter((t) => t.message === messageId).map((t) => ({ ...s.tags.find((tag) => tag.id === t.tag)!, tagging_id: t.id, extra: t.extra }));
}

export function messageView(ctx: ProviderContext, s: WabbitState, m: StoredMessage, viewerId: number): RetrieveMessage {
	return {
		id: m.id,
		waba_payload: m.waba_payload,
		waba_statuses: { ...m.statuses },
		contact: personView(s, m.customer_wa_id),
		from_us: m.from_us,
		received: isReceived(s, viewerId, m),
		sender: userBrief(
			ctx,
			s.users.find((u) => u.id === m.senderId),
		),
		context: m.context,
		customer_wa_id: m.customer_wa_id,
		tags: messageTags(s, m.id),
	};
}

export function chatMessages(s: WabbitState, wa_id: string): StoredMessage[] {
	return s.messages.filter((m) => m.customer_wa_id === wa_id);
}

export function chatView(ctx: ProviderContext, s: WabbitState, wa_id: string, viewerId: number): Chat {
	const messages = chatMessages(s, wa_id);
	const last = messages.at(-1);
	const assignment = s.assignments.get(wa_id) ?? { user: null, group: null };
	return {
		contact: personView(s, wa_id),
		new_messages: messages.filter((m) => !isReceived(s, viewerId, m)).length,
		wa_id,
		last_message: last ? messageView(ctx, s, last, viewerId) : null,
		assigned_to_user: userBrief(
			ctx,
			s.users.find((u) => u.id === assignment.user),
		),
		assigned_group: groupView(s, assignment.group),
		tags: s.chatTaggings.filter((t) => t.chat === wa_id).map((t) => ({ ...s.tags.find((tag) => tag.id === t.tag)!, tagging_id: t.id, extra: t.extra })),
	};
}

export function findMessage(s: WabbitState, id: string): StoredMessage {
	const message = s.messages.find((m) => m.id === id);
	if (!message) throw notFound('Message');
	return message;
}

function intQuery(req: Request, name: string): number | undefined {
	const raw = req.query[name];
	if (raw === undefined || raw === '') return undefined;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) throw new WabbitError(400, `${name} must be a non-negative whole number.`, { [name]: ['A valid integer is required.'] });
	return value;
}

/** before_time is strictly older, since_time at or newer (POSIX seconds), as the doc says. */
export function timeWindow<T>(req: Request, items: T[], timeOf: (item: T) => number): T[] {
	const before = intQuery(req, 'before_time');
	const since = intQuery(req, 'since_time');
	return items.filter((i) => (before === undefined || timeOf(i) < before) && (since === undefined || timeOf(i) >= since));
}

/** DRF LimitOffsetPagination: {count, next, previous, results}, with absolute next/previous links. */
export function page<T>(req: Request, items: T[], defaultLimit = 100) {
	const limit = Math.min(intQuery(req, 'limit') ?? defaultLimit, 1000) || defaultLimit;
	const offset = intQuery(req, 'offset') ?? 0;
	const url = (newOffset: number) => {
		const link = new URL(`${req.protocol}://${req.get('host')}${req.originalUrl}`);
		link.searchParams.set('limit', String(limit));
		if (newOffset > 0) link.searchParams.set('offset', String(newOffset));
		else link.searchParams.delete('offset');
		return link.toString();
	};
	return {
		count: items.length,
		next: offset + limit < items.length ? url(offset + limit) : null,
		previous: offset > 0 ? url(Math.max(0, offset - limit)) : null,
		results: items.slice(offset, offset + limit),
	};
}

export function booleanQuery(req: Request, name: string): boolean {
	const raw = String(req.query[name] ?? '').toLowerCase();
	return raw === '1' || raw === 'true';
}
