import express, { Router, type NextFunction, type Request, type Response } from 'express';

import { jsonBody } from '../../core/body';
import { simulateFrom } from '../../core/route-table';
import { routeGroup } from '../../core/routes';
import type { MockProvider, ProviderFactory } from '../../core/types';
import type { SourceName } from '../../../schemas/parley/types.generated';
import { authenticate, issueToken, TOKEN_PATH, tokenControlRoutes, tokenRoutes } from './auth';
import { ParleyError, sendError } from './errors';
import { caseRoutes } from './routes/case';
import { configurationRoutes } from './routes/configuration';
import { resultRoutes } from './routes/result';
import { ssoAccessTokenRoutes } from './routes/ssoAccessToken';
import { parleySimulations } from './simulations';
import { seedState, STATUS_CODES, type ParleyState } from './state';
import { PARLEY_VARIANTS } from './variants';

/** Parley Webcare API (Tracebuzz Social Media Webcare on the KPN API Store), served under /parley. */
export const parley: ProviderFactory = (ctx): MockProvider => {
	const state: ParleyState = seedState(ctx.faker);
	const current = () => state;

	const router = Router();
	router.use((_req: Request, res: Response, next: NextFunction) => {
		res.locals.startedAt = Date.now();
		next();
	});
	const bodies = [jsonBody({ limit: '1mb', maxDepth: () => ctx.limits.jsonDepth }), express.urlencoded({ extended: false })];
	// Only the token request (whose form carries the client credentials) is read before authentication.
	router.use(TOKEN_PATH, ...bodies);
	router.use(routeGroup(tokenRoutes(ctx, current)));
	router.use(authenticate(current));
	router.use(...bodies);
	router.use(routeGroup(configurationRoutes(ctx, current), ssoAccessTokenRoutes(ctx, current), resultRoutes(ctx, current), caseRoutes(ctx, current)));
	router.use((req: Request) => {
		throw new ParleyError(404, `No route for ${req.method} ${req.path}`);
	});
	router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
		if (error instanceof ParleyError) return sendError(res, error.status, error.message);
		next(error);
	});

	return {
		slug: ctx.slug,
		title: 'Parley Webcare (Tracebuzz)',
		realBaseUrl: 'https://api-prd.kpn.com/communication/tracebuzz/social-media-webcare',
		router,
		sendError,
		simulate: simulateFrom('Parley', parleySimulations(ctx, state)),
		controlRouter: tokenControlRoutes(current),
		variants: PARLEY_VARIANTS,
		authHeaders: () => ({ authorization: `Bearer ${issueToken(state, ctx.limits.issuedTokens)}` }),
		credentials: () => {
			const open = (source: SourceName) =>
				state.results.find((r) => r.source === source && r.status === STATUS_CODES.open && r.direction === 'incoming') ?? state.results.find((r) => r.source === source);
			const firstCase = state.cases[0];
			return {
				credential: {
					clientId: state.client.clientId,
					clientSecret: state.client.clientSecret,
					accessTokenUrl: `${ctx.baseUrl()}${TOKEN_PATH}`,
					baseUrl: ctx.baseUrl(),
				},
				samples: {
					searchProfile: state.configuration.account.searches[0]?.name ?? null,
					searchId: state.configuration.account.searches[0]?.id ?? null,
					replyableResultId: open('twitter')?.id ?? null,
					monitoringOnlyResultId: open('news')?.id ?? null,
					caseId: firstCase?.id ?? null,
					caseSearchId: firstCase?.searchId ?? null,
					handlerId: state.configuration.account.users[1]?.id ?? null,
					userEmail: state.configuration.account.users[0]?.email ?? null,
					connectionId: state.configuration.account.connections[0]?.id ?? null,
				},
			};
		},
		state: () => ({
			configuration: state.configuration,
			results: state.results,
			cases: state.cases,
			delivered: Object.fromEntries([...state.delivered].map(([id, set]) => [id, [...set]])),
			ssoTokens: Object.fromEntries(state.ssoTokens),
			tokenLifetimeSeconds: state.tokenLifetimeSeconds,
			issuedTokens: state.tokens.size,
		}),
	};
};
