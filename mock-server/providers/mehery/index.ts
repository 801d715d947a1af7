import { Router, type NextFunction, type Request, type Response } from 'express';

import { jsonBody } from '../../core/body';
import { simulateFrom } from '../../core/route-table';
import { routeGroup } from '../../core/routes';
import type { MockProvider, ProviderFactory } from '../../core/types';
import { authenticate } from './auth';
import { MeheryError, sendError } from './errors';
import { channelRoutes } from './routes/channel';
import { contactRoutes } from './routes/contact';
import { dataRoutes } from './routes/data';
import { eventRoutes } from './routes/event';
import { globalVariableRoutes } from './routes/globalVariable';
import { messageRoutes } from './routes/message';
import { sessionRoutes } from './routes/session';
import { templateRoutes } from './routes/template';
import { webhookRoutes } from './routes/webhook';
import { simulations } from './simulations';
import { seedOpenSession, seedState, type MeheryState } from './state';
import { VARIANTS } from './variants';

/** Mehery XMS Messaging APIs (https://api.mehery.xyz/xms), served under /mehery. */
export const mehery: ProviderFactory = (ctx): MockProvider => {
	const state: MeheryState = seedState(ctx.faker);
	const current = () => state;
	// On the third WhatsApp contact, so the ones other tests write to (contactId, otherContactId) start without a session.
	const seededSession = seedOpenSession(ctx, state, [...state.contacts.values()].filter((c) => c.channelId === state.channels[0].channelId)[2]);

	const router = Router();
	// Authentication first: an unauthenticated caller cannot make the mock read a body.
	router.use(authenticate(current));
	router.use(jsonBody({ limit: '1mb', maxDepth: () => ctx.limits.jsonDepth }));
	router.use(
		routeGroup(
			channelRoutes(ctx, current),
			globalVariableRoutes(ctx, current),
			templateRoutes(ctx, current),
			webhookRoutes(ctx, current),
			contactRoutes(ctx, current),
			dataRoutes(ctx, current),
			eventRoutes(ctx, current),
			messageRoutes(ctx, current),
			sessionRoutes(ctx, current),
		),
	);
	router.use((req: Request) => {
		throw new MeheryError(404, `No route for ${req.method} ${req.path}`);
	});
	router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
		if (error instanceof MeheryError) {
			const form = ctx.variant('errorBody');
			if (form === 'empty') return void res.status(error.status).end();
			if (form === 'text') return void res.status(error.status).type('text/plain').send(error.message);
			return sendError(res, error.status, error.message, error.fieldErrors);
		}
		next(error);
	});

	const whatsapp = state.channels[0];

	// Stands for the console setting of the contact-info URL (the API has no call for it).
	const controlRouter = Router();
	controlRouter.put('/contact-info-url', (req, res) => {
		const url = (req.body as { url?: unknown } | undefined)?.url;
		if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
			res.status(400).json({ error: 'body must be {"url": "http(s)://..."}' });
			return;
		}
		state.account.contactInfoUrl = url;
		res.json({ contactInfoUrl: url });
	});

	return {
		slug: ctx.slug,
		title: 'Mehery XMS Messaging APIs',
		realBaseUrl: 'https://api.mehery.xyz/xms',
		router,
		sendError,
		simulate: simulateFrom('Mehery', simulations(ctx, state)),
		controlRouter,
		variants: VARIANTS,
		authHeaders: () => ({ 'x-api-key': state.account.apiKey, 'x-api-id': state.account.apiId }),
		credentials: () => {
			const contacts = [...state.contacts.values()].filter((c) => c.channelId === whatsapp.channelId);
			return {
				credential: { baseUrl: ctx.baseUrl(), apiKey: state.account.apiKey, apiId: state.account.apiId, verifyToken: state.account.verifyToken },
				samples: {
					channelId: whatsapp.channelId,
					sandboxChannelId: state.channels.find((c) => c.sandbox)?.channelId ?? null,
					facebookChannelId: state.channels[1]?.channelId ?? null,
					contactId: contacts[0]?.contactId ?? null,
					contactPhone: contacts[0]?.phone ?? null,
					otherContactId: contacts[1]?.contactId ?? null,
					facebookContactId: [...state.contacts.values()].find((c) => c.channelId === state.channels[1]?.channelId)?.contactId ?? null,
					sessionId: state.sessions.has(seededSession.sessionId) ? seededSession.sessionId : null,
					templateId: state.templates[0]?.id ?? null,
					templateCode: state.templates[0]?.code ?? null,
					rejectedTemplateCode: state.templates[2]?.code ?? null,
				},
			};
		},
		state: () => ({
			account: { ...state.account, apiKey: undefined, verifyToken: undefined },
			channels: state.channels,
			globalVars: state.globalVars,
			templates: state.templates,
			contacts: [...state.contacts.values()],
			sessions: [...state.sessions.values()],
			sentMessages: [...state.sentMessages.values()],
			dataObjects: [...state.dataObjects.values()],
			pushedEvents: state.pushedEvents,
			contactInfoAnswers: state.contactInfoAnswers,
		}),
	};
};
