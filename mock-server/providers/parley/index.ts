import express, { Router, type NextFunction, type Request, type Response } from 'express';

import { jsonBody } from '../../core/body';
import { ControlError } from '../../core/control-api';
import { routeGroup } from '../../core/routes';
import type { MockProvider, ProviderFactory } from '../../core/types';
import type { Result, Sentiment, SourceName } from '../../../schemas/parley/types.generated';
import { authenticate, issueToken, TOKEN_PATH, tokenRoutes } from './auth';
import { ParleyError, sendError } from './errors';
import { PARLEY_OPENAPI } from './openapi';
import { accountRoutes } from './routes/account';
import { caseRoutes } from './routes/cases';
import { resultRoutes } from './routes/results';
import { PARLEY_VARIANTS } from './variants';
import { isoSeconds, REPLYABLE_SOURCES, SENTIMENTS, seedState, SOURCE_CODES, STATUS_CODES, type ParleyState } from './state';

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
	router.use(routeGroup(tokenRoutes(current, () => ctx.limits.issuedTokens, ctx.variant)));
	router.use(authenticate(current));
	router.use(...bodies);
	router.use(routeGroup(accountRoutes(ctx, current), resultRoutes(ctx, current), caseRoutes(ctx, current)));
	router.use((req: Request) => {
		throw new ParleyError(404, `No route for ${req.method} ${req.path}`);
	});
	router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
		if (error instanceof ParleyError) return sendError(res, error.status, error.message);
		next(error);
	});

	/** Control API: results arriving in a search profile, so the polling trigger has something to find. */
	async function simulate(kind: string, input: Record<string, unknown>) {
		if (kind !== 'result') throw new ControlError(`Parley cannot simulate "${kind}" (known: result)`, 404);
		const searches = state.configuration.account.searches;
		const search = input.searchId !== undefined
			? searches.find((p) => p.id === Number(input.searchId))
			: input.profile !== undefined
				? searches.find((p) => p.name.toLowerCase() === String(input.profile).toLowerCase())
				: searches[0];
		if (!search) throw new ControlError('unknown search profile (give searchId or profile)', 404);
		const source = String(input.source ?? search.sources![0]) as SourceName;
		if (!(source in SOURCE_CODES)) throw new ControlError(`unknown source "${source}"`);
		const sentiment = String(input.sentiment ?? 'neutral') as Sentiment;
		if (!SENTIMENTS.includes(sentiment)) throw new ControlError(`unknown sentiment "${sentiment}"`);
		const handle = String(input.profileName ?? ctx.faker.internet.username().toLowerCase().replace(/[^a-z0-9_]/g, ''));
		// A new person opens a new case; results of one person on one source share it.
		let stored = state.cases.find((c) => c.searchId === search.id && c.source === source && state.results.some((r) => r.caseId === c.id && r.profile?.name === handle));
		if (!stored) {
			stored = { id: state.nextCaseId++, searchId: search.id, source, status: 'open', handlerId: null, resultIds: [], replies: [] };
			state.cases.push(stored);
		}
		const connection = state.configuration.account.connections.find((c) => c.source === source);
		const result: Result = {
			id: state.nextResultId++,
			searchId: search.id,
			caseId: stored.id,
			connectionId: connection?.id ?? null,
			source,
			sourceId: SOURCE_CODES[source],
			date: isoSeconds(new Date()),
			text: String(input.text ?? 'Hello, I have a question'),
			url: `https://${source}.example/${handle}/${state.nextResultId}`,
			website: `${source}.com`,
			public: input.public === undefined ? source !== 'whatsapp' && source !== 'irischat' : Boolean(input.public),
			direction: 'incoming',
			sentiment,
			category: (input.category as string | undefined) ?? null,
			labels: (input.labels as string[] | undefined) ?? [],
			hashtags: (input.hashtags as string[] | undefined) ?? [],
			profile: { name: handle, displayName: handle },
			location: { country: null, province: null, municipality: null, city: null },
			assignedUserId: null,
			checked: false,
			replyAvailable: input.replyAvailable === undefined ? REPLYABLE_SOURCES.has(source) : Boolean(input.replyAvailable),
			typing: false,
			status: STATUS_CODES.open,
		};
		state.results.push(result);
		stored.resultIds.push(result.id);
		return result;
	}

	/** POST /__control/parley/tokens {"expiresIn": seconds} sets the lifetime of new tokens; {"expireAll": true} ends the issued ones. */
	const controlRouter = Router();
	controlRouter.post('/tokens', (req, res) => {
		const body = (req.body ?? {}) as { expiresIn?: unknown; expireAll?: unknown };
		if (body.expiresIn !== undefined) {
			if (!Number.isInteger(body.expiresIn) || (body.expiresIn as number) < 1) {
				res.status(400).json({ error: 'expiresIn must be a whole number of seconds, at least 1' });
				return;
			}
			state.tokenLifetimeSeconds = body.expiresIn as number;
		}
		if (body.expireAll === true) for (const token of state.tokens.keys()) state.tokens.set(token, 0);
		res.json({ tokenLifetimeSeconds: state.tokenLifetimeSeconds, issued: state.tokens.size });
	});

	return {
		slug: ctx.slug,
		title: 'Parley Webcare (Tracebuzz)',
		realBaseUrl: 'https://api-prd.kpn.com/communication/tracebuzz/social-media-webcare',
		router,
		sendError,
		simulate,
		controlRouter,
		openapi: PARLEY_OPENAPI,
		variants: PARLEY_VARIANTS,
		authHeaders: () => ({ authorization: `Bearer ${issueToken(state, ctx.limits.issuedTokens)}` }),
		credentials: () => {
			const open = (source: SourceName) => state.results.find((r) => r.source === source && r.status === STATUS_CODES.open && r.direction === 'incoming') ?? state.results.find((r) => r.source === source);
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
