import type { Request, Response, Router } from 'express';

import { route, routeTable, type RouteSpec } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import { invalidBody, notFound, Social25Error } from '../errors';
import { assertTenant, conversationFrom, platformOf } from '../lookup';
import { removeConversation, type Social25State } from '../state';

export function userRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	const setBlocked = (blocked: boolean) => (req: Request, res: Response) => {
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
	// The curl uses /conversation/<id>/block/, the HTTP Request line /user/<id>/block/: both are served.
	const blockRoutes: RouteSpec[] = [
		['conversation', 'curl path'],
		['user', 'HTTP Request line path'],
	].flatMap(([segment, source]) => [
		route({
			method: 'POST',
			path: `/tenants/{tenantId}/${segment}/{conversationId}/block/`,
			summary: `Block the user of a conversation (${source})`,
			response: 'BlockResponse',
			handle: setBlocked(true),
		}),
		route({
			method: 'POST',
			path: `/tenants/{tenantId}/${segment}/{conversationId}/unblock/`,
			summary: `Unblock the user of a conversation (${source})`,
			response: 'BlockResponse',
			handle: setBlocked(false),
		}),
	]);

	return routeTable(ctx, invalidBody, [
		route({
			method: 'DELETE',
			path: '/tenants/{tenantId}/user/{userId}/delete/',
			summary: 'Delete a user with their conversations',
			response: 'UserDeleteResponse',
			handle: (req, res) => {
				const s = state();
				assertTenant(s, req);
				const user = s.users.get(param(req, 'userId'));
				if (!user) throw notFound();
				const conversations = [...s.conversations.values()].filter((c) => c.userId === user.id);
				const messageIds = conversations.flatMap((c) => removeConversation(s, c));
				s.users.delete(user.id);
				res.json({
					messages: { destroyed_message_ids: messageIds, destroyed: true },
					conversations: { destroyed_conversation_ids: conversations.map((c) => c.id), destroyed: true },
					user: { destroyed: true },
					success: true,
				});
			},
		}),
		...blockRoutes,
	]);
}
