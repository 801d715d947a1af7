import type { Request, Response, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { ChatAssignment, ChatAssignmentWrite } from '../../../../schemas/wabbit/types.generated';
import { currentUser, isAdmin } from '../auth';
import { fieldErrors, forbidden, invalidBody, notFound } from '../errors';
import type { WabbitEvents } from '../events';
import { booleanQuery, chatMessages, chatView, page, timeWindow } from '../lookup';
import type { StoredUser, WabbitState } from '../state';

/** can_read_chats "assigned": only chats assigned to the user or to one of their groups. */
export function canRead(s: WabbitState, user: StoredUser, wa_id: string): boolean {
	if (isAdmin(user) || user.can_read_chats === 'all') return true;
	const a = s.assignments.get(wa_id);
	return a?.user === user.id || (a?.group !== null && a?.group !== undefined && user.groups.includes(a.group));
}

/** By default a user writes only to chats assigned to them; admins write anywhere. */
export function canWrite(s: WabbitState, user: StoredUser, wa_id: string): boolean {
	if (isAdmin(user) || user.can_write_to_chats === 'all') return true;
	return s.assignments.get(wa_id)?.user === user.id;
}

/** The shared filters of /chats/ and /messages/: assigned_to_me and assigned_group. */
export function assignmentFilter(s: WabbitState, req: Request, user: StoredUser): (wa_id: string) => boolean {
	const toMe = booleanQuery(req, 'assigned_to_me');
	const rawGroup = req.query.assigned_group;
	let group: number | undefined;
	if (rawGroup !== undefined && rawGroup !== '') {
		group = Number(rawGroup);
		if (!Number.isInteger(group)) throw fieldErrors({ assigned_group: ['A valid integer is required.'] });
		if (!isAdmin(user) && !user.groups.includes(group)) throw fieldErrors({ assigned_group: ['You are not a member of this group.'] });
	}
	return (wa_id) => {
		const a = s.assignments.get(wa_id);
		return (!toMe || a?.user === user.id) && (group === undefined || a?.group === group);
	};
}

/** Chats, their assignment and its history. */
export function chatRoutes(ctx: ProviderContext, state: () => WabbitState, events: WabbitEvents): Router {
	const chatIds = (s: WabbitState) => [...s.persons.keys()].filter((wa_id) => chatMessages(s, wa_id).length > 0);
	const readableChat = (res: Response, wa_id: string) => {
		const s = state();
		if (!s.persons.has(wa_id) || !canRead(s, currentUser(res), wa_id)) throw notFound();
		return wa_id;
	};
	const assignmentOf = (s: WabbitState, wa_id: string): ChatAssignment => {
		const a = s.assignments.get(wa_id) ?? { user: null, group: null };
		return { wa_id, assigned_to_user: a.user, assigned_group: a.group };
	};

	/** PUT sets both fields (null clears); PATCH changes only the fields given. */
	const writeAssignment = (partial: boolean) => async (req: Request, res: Response, body: ChatAssignmentWrite) => {
		const s = state();
		const user = currentUser(res);
		const wa_id = readableChat(res, param(req, 'wa_id'));
		const errors: Record<string, string[]> = {};
		if (body.wa_id !== undefined && body.wa_id !== wa_id) errors.wa_id = ['Must match the chat in the URL.'];
		if (!partial) {
			for (const field of ['assigned_to_user', 'assigned_group'] as const) if (!(field in body)) errors[field] = ['This field is required.'];
		}
		if (body.assigned_to_user != null && !s.users.some((u) => u.id === body.assigned_to_user && u.active)) {
			errors.assigned_to_user = [`Invalid pk "${body.assigned_to_user}" - object does not exist.`];
		}
		if (body.assigned_group != null && !s.groups.some((g) => g.id === body.assigned_group)) {
			errors.assigned_group = [`Invalid pk "${body.assigned_group}" - object does not exist.`];
		}
		if (Object.keys(errors).length) throw fieldErrors(errors);
		const before = s.assignments.get(wa_id) ?? { user: null, group: null };
		if (!isAdmin(user)) {
			// The doc's rules: assign only when nobody is; clear only your own assignment.
			if (body.assigned_to_user != null && body.assigned_to_user !== before.user && before.user !== null) {
				throw forbidden('This Chat is already assigned. Only admins can reassign it.');
			}
			if (body.assigned_to_user === null && before.user !== null && before.user !== user.id) {
				throw forbidden('You can only remove an assignment to yourself.');
			}
			if (body.assigned_group != null && body.assigned_group !== before.group && !user.groups.includes(body.assigned_group)) {
				throw forbidden('You can only assign Chats to your own groups.');
			}
			if (body.assigned_group === null && before.group !== null && before.user !== user.id) {
				throw forbidden('You can only remove a group assignment from Chats assigned to you.');
			}
		}
		const change: { user?: number | null; group?: number | null } = {};
		if ('assigned_to_user' in body) change.user = body.assigned_to_user ?? null;
		if ('assigned_group' in body) change.group = body.assigned_group ?? null;
		await events.assign(wa_id, change, user);
		res.json(assignmentOf(s, wa_id));
	};

	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/chats/',
			summary: 'List chats, newest activity first',
			handle: (req, res) => {
				const s = state();
				const user = currentUser(res);
				const matchesAssignment = assignmentFilter(s, req, user);
				const search = String(req.query.search ?? '')
					.trim()
					.toLowerCase();
				const chats = chatIds(s)
					.filter((wa_id) => canRead(s, user, wa_id) && matchesAssignment(wa_id))
					.map((wa_id) => chatView(ctx, s, wa_id, user.id))
					.filter((chat) => {
						if (!search) return true;
						const text = JSON.stringify(chat.last_message?.waba_payload ?? {});
						return (
							chat.wa_id.includes(search) ||
							String(chat.contact.waba_payload.profile?.name ?? '')
								.toLowerCase()
								.includes(search) ||
							text.toLowerCase().includes(search)
						);
					})
					.sort((a, b) => (b.contact.last_message_timestamp ?? 0) - (a.contact.last_message_timestamp ?? 0));
				// The getting-started example prints the bare list; the schema the envelope (variant chatsList).
				res.json(ctx.variant('chatsList') === 'bare-array' ? chats : page(req, chats));
			},
		}),
		route({
			method: 'GET',
			path: '/chats/{wa_id}/',
			summary: 'Get a chat',
			response: 'Chat',
			handle: (req, res) => {
				const wa_id = readableChat(res, param(req, 'wa_id'));
				res.json(chatView(ctx, state(), wa_id, currentUser(res).id));
			},
		}),
		route({
			method: 'GET',
			path: '/chat_assignment/{wa_id}/',
			summary: 'Get the assignment of a chat',
			response: 'ChatAssignment',
			handle: (req, res) => {
				const wa_id = readableChat(res, param(req, 'wa_id'));
				res.json(assignmentOf(state(), wa_id));
			},
		}),
		route<ChatAssignmentWrite>({
			method: 'PUT',
			path: '/chat_assignment/{wa_id}/',
			summary: 'Set the assigned user and group of a chat',
			body: 'ChatAssignmentWrite',
			response: 'ChatAssignment',
			handle: writeAssignment(false),
		}),
		route<ChatAssignmentWrite>({
			method: 'PATCH',
			path: '/chat_assignment/{wa_id}/',
			summary: 'Change the assigned user or group of a chat',
			body: 'ChatAssignmentWrite',
			response: 'ChatAssignment',
			handle: writeAssignment(true),
		}),
		route({
			method: 'GET',
			path: '/chat_assignment_events/',
			summary: 'List chat assignment events, newest first',
			handle: (req, res) => {
				const s = state();
				const user = currentUser(res);
				const wa_id = req.query.wa_id ? String(req.query.wa_id) : undefined;
				const list = s.assignmentEvents.filter((e) => (wa_id === undefined || e.wa_id === wa_id) && canRead(s, user, e.wa_id));
				res.json(page(req, timeWindow(req, list, (e) => e.timestamp).reverse()));
			},
		}),
	]);
}
