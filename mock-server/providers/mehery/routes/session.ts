import { Router } from 'express';

import type { ProviderContext } from '../../../core/types';
import type { InBoundEvent, SessionQueueAssignment, SessionStatusClose } from '../../../../schemas/mehery/types.generated';
import { compactResponse, validateBody } from '../envelope';
import { MeheryError } from '../errors';
import { pushNotification } from '../push';
import { contactOf, sessionById, sessionEvent } from '../sessions';
import type { MeheryState, Session } from '../state';

function assertOpen(session: Session): void {
	if (session.status === 'CLOSED') {
		throw new MeheryError(400, `Session ${session.sessionId} is already closed`, [{ field: 'sessionId', code: 'SESSION_CLOSED', description: 'the session is closed' }]);
	}
}

export function sessionRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	const router = Router();

	/** Answers with the event and pushes it to the webhook, as the provider reports session changes. */
	const answerAndPush = (s: MeheryState, session: Session, event: InBoundEvent) => {
		void pushNotification(ctx, s, contactOf(s, session), { type: 'events', events: [event] });
		return [event];
	};

	router.post('/api/v1/session/close', (req, res) => {
		const { sessionId } = validateBody<SessionStatusClose>(ctx, 'SessionStatusClose', req.body);
		const s = state();
		const session = sessionById(s, sessionId);
		assertOpen(session);
		session.status = 'CLOSED';
		res.json(compactResponse(req, answerAndPush(s, session, sessionEvent(ctx, s, session, 'SESSION_CLOSED'))));
	});

	// Resolved leaves closing to the customer: their next message reopens the same session.
	router.post('/api/v1/session/resolve', (req, res) => {
		const { sessionId } = validateBody<SessionStatusClose>(ctx, 'SessionStatusClose', req.body);
		const s = state();
		const session = sessionById(s, sessionId);
		assertOpen(session);
		session.status = 'RESOLVED';
		res.json(compactResponse(req, answerAndPush(s, session, sessionEvent(ctx, s, session, 'SESSION_RESOLVED'))));
	});

	router.post('/api/v1/session/routing', (req, res) => {
		const body = validateBody<SessionQueueAssignment>(ctx, 'SessionQueueAssignment', req.body);
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
	});

	router.post('/api/v1/session/messages', (req, res) => {
		const { sessionId } = validateBody<SessionStatusClose>(ctx, 'SessionStatusClose', req.body);
		res.json(compactResponse(req, sessionById(state(), sessionId).messages));
	});

	return router;
}
