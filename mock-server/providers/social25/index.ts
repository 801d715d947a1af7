import { Router, type NextFunction, type Request, type Response } from 'express';

import { jsonBody } from '../../core/body';
import { simulateFrom } from '../../core/route-table';
import { routeGroup } from '../../core/routes';
import type { MockProvider, ProviderFactory } from '../../core/types';
import { authenticate } from './auth';
import { botControlRoutes } from './events';
import { notFound, sendError, sendSocial25Error, Social25Error } from './errors';
import { conversationView, firstIn, tenantView } from './lookup';
import { agentRoutes } from './routes/agent';
import { conversationRoutes } from './routes/conversation';
import { failedSyncRoutes } from './routes/failedSync';
import { mediaRoutes } from './routes/media';
import { messageRoutes } from './routes/message';
import { tenantRoutes } from './routes/tenant';
import { userRoutes } from './routes/user';
import { whatsAppTemplateRoutes } from './routes/whatsAppTemplate';
import { social25Simulations } from './simulations';
import { seedState, type Social25State } from './state';
import { SOCIAL25_VARIANTS } from './variants';

/** Patterns of every path the routers serve (any method). */
function routePatterns(routers: Router[]): RegExp[] {
	const patterns: RegExp[] = [];
	for (const routes of routers) {
		for (const layer of routes.stack as Array<{ route?: { path: string } }>) {
			if (!layer.route) continue;
			const source = layer.route.path.replace(/\/$/, '').replace(/:\w+/g, '[^/]+');
			patterns.push(new RegExp(`^${source}/?$`));
		}
	}
	return patterns;
}

/** How many recent answers (per path, per Accept header) the checks below remember, and the longest key. */
const REMEMBERED = 500;
const REMEMBERED_LENGTH = 512;

/** `compute(arg)` for a key that decides it, remembered for the last REMEMBERED keys (clients repeat the same few). */
function remembered<A>(compute: (arg: A) => boolean): (key: string, arg: A) => boolean {
	const known = new Map<string, boolean>();
	return (key, arg) => {
		let answer = known.get(key);
		if (answer === undefined) {
			answer = compute(arg);
			if (key.length > REMEMBERED_LENGTH) return answer;
			if (known.size >= REMEMBERED) known.clear();
			known.set(key, answer);
		}
		return answer;
	};
}

/** Whether any route serves the path (any method). */
function knownPaths(patterns: RegExp[]): (path: string) => boolean {
	const known = remembered((path: string) => patterns.some((pattern) => pattern.test(path)));
	return (path) => known(path, path);
}

/**
 * The order of refusals is Django REST Framework's, since the doc's error table gives none:
 * URL resolution first (404 for a path no view serves, whoever asks), then content negotiation
 * (406 when the client accepts no JSON), then authentication (401), then the method (405).
 */
function unknownPath(known: (path: string) => boolean) {
	return (req: Request, _res: Response, next: NextFunction) => {
		if (!known(req.path)) throw notFound();
		next();
	};
}

function notAcceptable() {
	// The answer depends on the Accept header alone (none accepts anything).
	const acceptsJson = remembered((req: Request) => req.accepts('application/json') !== false);
	return (req: Request, _res: Response, next: NextFunction) => {
		if (!acceptsJson(req.headers.accept ?? '', req)) throw new Social25Error(406, 'Could not satisfy the request Accept header.');
		next();
	};
}

/**
 * A known path with another method answers 405 like DRF does ({"detail": "Method \"GET\" not
 * allowed."}), e.g. for the doc's curl samples that use the wrong verb. A middleware rather than
 * routes, so the route table (and the OpenAPI document built from it) lists only real operations.
 */
function methodNotAllowed(known: (path: string) => boolean) {
	return (req: Request, _res: Response, next: NextFunction) => {
		if (known(req.path)) throw new Social25Error(405, `Method "${req.method}" not allowed.`);
		next();
	};
}

/** Social25 Chat API (social25.herokuapp.com/api/v1.0), served under /social25. */
export const social25: ProviderFactory = (ctx): MockProvider => {
	const state: Social25State = seedState(ctx.faker);
	const current = () => state;

	const router = Router();
	const routers = [
		tenantRoutes(ctx, current),
		agentRoutes(ctx, current),
		conversationRoutes(ctx, current),
		userRoutes(ctx, current),
		messageRoutes(ctx, current),
		mediaRoutes(ctx, current),
		failedSyncRoutes(ctx, current),
		whatsAppTemplateRoutes(ctx, current),
	];
	const known = knownPaths(routePatterns(routers));
	router.use(unknownPath(known));
	router.use(notAcceptable());
	router.use(authenticate(current));
	// After authentication: an unauthenticated caller cannot make the mock read a body.
	router.use(jsonBody({ limit: '5mb', maxDepth: () => ctx.limits.jsonDepth }));
	router.use(routeGroup(...routers));
	router.use(methodNotAllowed(known));
	router.use(() => {
		throw notFound();
	});
	router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
		if (error instanceof Social25Error) return sendSocial25Error(res, error);
		next(error);
	});

	const controlRouter = botControlRoutes(current);

	return {
		slug: ctx.slug,
		title: 'Social25 Chat API',
		realBaseUrl: 'https://social25.herokuapp.com/api/v1.0',
		router,
		sendError,
		simulate: simulateFrom('Social25', social25Simulations(ctx, state)),
		controlRouter,
		variants: SOCIAL25_VARIANTS,
		authHeaders: () => ({ authorization: `Bearer ${state.token}` }),
		// Samples come from live state, which API calls change (conversations closed or deleted):
		// each falls back to null rather than failing the control API.
		credentials: () => {
			const whatsapp = state.tenant.platforms.find((p) => p.platform === 'whatsapp');
			const open = firstIn(state, 'whatsapp', ['OPEN']);
			return {
				credential: { baseUrl: ctx.baseUrl(), accessToken: state.token, tenantId: state.tenant.id },
				samples: {
					tenantId: state.tenant.id,
					agentId: (state.agents[1] ?? state.agents[0])?.id ?? null,
					whatsappConversationId: open?.id ?? null,
					whatsappUserId: open?.userId ?? null,
					facebookConversationId: firstIn(state, 'facebook', ['OPEN'])?.id ?? null,
					closedConversationId: firstIn(state, 'whatsapp', ['CLOSED'])?.id ?? null,
					expiredConversationId: firstIn(state, 'whatsapp', ['EXPIRED'])?.id ?? null,
					whatsappPlatformExternalId: whatsapp?.page_id ?? null,
					whatsappPlatformId: whatsapp?.id ?? null,
					smsPlatformExternalId: state.tenant.platforms.find((p) => p.platform === 'sms')?.page_id ?? null,
					templateLanguage: 'en',
					templateName: 'order_shipped',
					dutchTemplateName: 'order',
				},
			};
		},
		state: () => ({
			tenant: tenantView(state),
			agents: state.agents,
			users: [...state.users.values()],
			conversations: [...state.conversations.values()].map((c) => ({ ...conversationView(state, c), messages: c.messages })),
			uploads: [...state.uploads.values()],
			failedSyncs: state.failedSyncs,
			bulkJobs: state.bulkJobs,
			botUrls: Object.fromEntries(state.botUrls),
		}),
	};
};
