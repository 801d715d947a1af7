import type { Request, Response, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { CommentCreateRequest, ConversationUpdateRequest } from '../../../../schemas/spotler/types.generated';
import { assertConversationOwnership, currentKey, requireScope } from '../auth';
import { invalidBody, SpotlerError } from '../errors';
import { emitInBackground } from '../events';
import { channelFrom, conversationFrom } from '../lookup';
import { isoNow, messageId, type Conversation, type SpotlerState } from '../state';

/** The conversation as the API shows it (without the mock's message log). */
export function conversationView(c: Conversation) {
	return {
		assignee: c.assignee,
		channel: { jid: c.channelJid },
		contact: { jid: c.contactJid },
		createdAt: c.createdAt,
		id: c.id,
		labels: c.labels,
		lastMessageReceivedAt: c.lastMessageReceivedAt,
		lastMessageSentAt: c.lastMessageSentAt,
		messagesReceived: c.messagesReceived,
		messagesSent: c.messagesSent,
		status: c.status,
		team: c.team,
		unreadCount: c.unreadCount,
	};
}

export function conversationRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	/** The conversation of the path, which the key must be allowed to change (1010 otherwise). */
	const ownedConversation = (req: Request, res: Response) => {
		const channel = channelFrom(state(), req, res);
		const conversation = conversationFrom(state(), channel, req);
		assertConversationOwnership(res, conversation.assignee);
		return { channel, conversation };
	};
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/channels/{channelJid}/conversations/{contactJid}',
			summary: 'Read a conversation',
			response: 'Conversation',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				const channel = channelFrom(state(), req, res);
				res.json(conversationView(conversationFrom(state(), channel, req)));
			},
		}),
		route<ConversationUpdateRequest>({
			method: 'PATCH',
			path: '/channels/{channelJid}/conversations/{contactJid}',
			summary: 'Update a conversation',
			body: 'ConversationUpdateRequest',
			response: 'Conversation',
			before: [requireScope('assistant')],
			handle: (req, res, body) => {
				const s = state();
				const { channel, conversation } = ownedConversation(req, res);

				const before = { assignee: conversation.assignee, team: conversation.team?.jid ?? null, labels: [...conversation.labels] };
				if ('assignee' in body) {
					const assignee = body.assignee ?? null;
					const known = assignee === null || s.agents.some((a) => a.email === assignee.toLowerCase()) || s.assistants.some((a) => a.jid === assignee);
					if (!known) throw new SpotlerError(1009, `No agent or assistant ${assignee}`);
					conversation.assignee = assignee === null ? null : assignee.toLowerCase().endsWith('.eazy.im') ? assignee : assignee.toLowerCase();
				}
				if ('team' in body) {
					const jid = typeof body.team === 'string' ? body.team : (body.team?.jid ?? null);
					if (jid !== null && !s.teams.some((t) => t.jid === jid)) throw new SpotlerError(1009, `Team ${jid} not found`);
					conversation.team = jid === null ? null : { jid };
				}
				if (body.labels) {
					const unknown = body.labels.find((l) => !s.labels.some((label) => label.jid === l));
					if (unknown) throw new SpotlerError(1009, `Label ${unknown} not found`);
					conversation.labels = [...body.labels];
				}
				if (body.status) conversation.status = body.status;
				// As documented: null marks the conversation as read, 0 marks it as unread.
				if ('unreadCount' in body) conversation.unreadCount = body.unreadCount ?? null;

				// The doc's PATCH response has no id.
				const { id: _id, ...updated } = conversationView(conversation);
				res.json(updated);

				const after = { assignee: conversation.assignee, team: conversation.team?.jid ?? null };
				if (after.assignee !== before.assignee || after.team !== before.team) {
					emitInBackground(ctx, s, 'handover', channel.jid, conversation.contactJid, {
						handover: { from: { assignee: before.assignee, team: before.team }, to: after },
					});
				}
				const added = conversation.labels.filter((l) => !before.labels.includes(l));
				const removed = before.labels.filter((l) => !conversation.labels.includes(l));
				if (added.length || removed.length) {
					emitInBackground(ctx, s, 'label', channel.jid, conversation.contactJid, { label: { labels: conversation.labels, added, removed } });
				}
			},
		}),
		route<CommentCreateRequest>({
			method: 'POST',
			path: '/channels/{channelJid}/conversations/{contactJid}/comments',
			summary: 'Comment on a conversation',
			body: 'CommentCreateRequest',
			response: 'CommentCreateResponse',
			before: [requireScope('assistant')],
			handle: (req, res, body) => {
				const { conversation } = ownedConversation(req, res);
				const key = currentKey(res);
				const id = messageId(ctx.faker);
				conversation.comments.push({ id, body: body.body, createdAt: isoNow(), createdBy: key.objects.find((o) => o.type === 'ASSISTANT')?.jid ?? key.id });
				res.status(201).json({ id });
			},
		}),
	]);
}
