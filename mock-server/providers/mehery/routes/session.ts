import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { InBoundEvent, SessionQueueAssignment, SessionStatusClose } from '../../../../schemas/mehery/types.generated';
import { invalidBody, MeheryError } from '../errors';
import { pushNotification, sessionEvent } from '../events';
import { compactResponse, contactOf, sessionById } from '../lookup';
import type { MeheryState, Session, SessionStatus } from '../state';

function assertOpen(session: Session): void {
	if (session.status === 'CLOSED') {
		throw new MeheryError(400, `Session ${session.sessionId} is already closed`, [{ field: 'sessionId', code: 'SESSION_CLOSED', description: 'the session is closed' }]);
	}
}

export function sessionRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	/** Answers with the event and pushes it to the webhook, as the provider reports session changes. */
	const answerAndPush = (s: MeheryState, session: Session, event: InBoundEvent) => {
		void pushNotification(ctx, s, contactOf(s, session), { type: 'events', events: [event] });
		return [event];
	};
	/** Closes or resolves an open session, answering and pushing the event that reports it. */
	const moveTo = (sessionId: string, status: SessionStatus, eventCode: string) => {
		const s = state();
		const session = sessionById(s, sessionId);
		assertOpen(session);
		session.status = status;
		return answerAndPush(s, session, sessionEvent(ctx, s, session, eventCode));
	};

	return routeTable(ctx, invalidBody, [
		route<SessionStatusClose>({
			method: 'POST',
			path: '/api/v1/session/close',
			summary: 'Session Close',
			body: 'SessionStatusClose',
			response: 'ApiResultsMetaCompactResponse_InBoundEvent_object_',
			handle: (req, res, { sessionId }) => res.json(compactResponse(req, moveTo(sessionId, 'CLOSED', 'SESSION_CLOSED'))),
		}),
		route<SessionStatusClose>({
			method: 'POST',
			path: '/api/v1/session/resolve',
			summary: 'Session Resolve',
			body: 'SessionStatusClose',
			response: 'ApiResultsMetaCompactResponse_InBoundEvent_object_',
			// Resolved leaves closing to the customer: their next message reopens the same session.
			handle: (req, res, { sessionId }) => res.json(compactResponse(req, moveTo(sessionId, 'RESOLVED', 'SESSION_RESOLVED'))),
		}),
		route<SessionQueueAssignment>({
			method: 'POST',
			path: '/api/v1/session/routing',
			summary: 'Session Routing',
			body: 'SessionQueueAssignment',
			response: 'ApiResultsMetaCompactResponse_InBoundEvent_object_',
			handle(req, res, body) {
				const s = state();
				const session = sessionById(s, body.sessionId);
				assertOpen(session);
				const before = { queue: session.queue, agent: session.agent, team: session.team };
				session.queue = body.queue;
				session.agent = body.agent ?? '';
				session.team = body.team ?? '';
				session.skills = body.skills ?? [];
				session.routingId = ctx.faker.string.uuid();
				const event = sessionEvent(ctx, s, session, 'SESSION_ROUTED', {
					sessionRouted: { routingId: session.routingId, sourceQueue: before.queue, targetQueue: session.queue, sessionStart: false, params: body.params ?? {} },
					sessionAssigned: { oldAgent: before.agent, newAgent: session.agent, oldDept: before.team || before.queue, newDept: session.team || session.queue, oldBot: '', newBot: '' },
				});
				res.json(compactResponse(req, answerAndPush(s, session, event)));
			},
		}),
		route<SessionStatusClose>({
			method: 'POST',
			path: '/api/v1/session/messages',
			summary: 'Session Messages',
			body: 'SessionStatusClose',
			response: 'ApiResultsMetaCompactResponse_ChatMessageDTO_object_',
			handle(req, res, { sessionId }) {
				res.json(compactResponse(req, sessionById(state(), sessionId).messages));
			},
		}),
	]);
}
