import { randomBytes } from 'node:crypto';
import { Router, type NextFunction, type Request, type Response } from 'express';

import { trimMap } from '../../core/limits';
import { route, routeTable } from '../../core/route-table';
import type { ProviderContext } from '../../core/types';
import type { TokenResponse } from '../../../schemas/parley/types.generated';
import { invalidBody, ParleyError } from './errors';
import type { ParleyState } from './state';

/**
 * KPN API Store token endpoint (catalogue Appendix A.1, external). The real one lives at
 * https://api-prd.kpn.com/oauth/client_credential/accesstoken, outside the API's base path; the
 * mock serves it under its provider prefix: /parley/oauth/client_credential/accesstoken.
 * grant_type may come in the query (as KPN documents it) or the form body (as OAuth2 clients send it),
 * or only one of them (variant `tokenGrantType`);
 * the client id and secret in the form body or as HTTP Basic.
 */
export const TOKEN_PATH = '/oauth/client_credential/accesstoken';

function clientFrom(req: Request): { id?: string; secret?: string } {
	const basic = /^Basic\s+(\S+)$/i.exec(req.get('authorization') ?? '');
	if (basic) {
		const [id, ...rest] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
		try {
			return { id: decodeURIComponent(id), secret: decodeURIComponent(rest.join(':')) };
		} catch {
			// A malformed %-escape cannot name the client: the same 401 as a wrong secret.
			return {};
		}
	}
	const body = (req.body ?? {}) as Record<string, unknown>;
	return { id: body.client_id as string | undefined, secret: body.client_secret as string | undefined };
}

/**
 * A new gateway token with the current lifetime. At most `maxTokens` stay issued: expired ones
 * go first, then the oldest, so a client asking for a token per call cannot grow the map forever.
 */
export function issueToken(s: ParleyState, maxTokens: number): string {
	const accessToken = randomBytes(18).toString('base64url');
	if (s.tokens.size >= maxTokens) {
		const now = Date.now();
		for (const [token, expiresAt] of s.tokens) if (expiresAt <= now) s.tokens.delete(token);
		trimMap(s.tokens, maxTokens - 1);
	}
	s.tokens.set(accessToken, Date.now() + s.tokenLifetimeSeconds * 1000);
	return accessToken;
}

export function tokenRoutes(ctx: ProviderContext, state: () => ParleyState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'POST',
			path: TOKEN_PATH,
			summary: 'KPN API Store token endpoint (form body client_id, client_secret; grant_type=client_credentials); really at https://api-prd.kpn.com/oauth/client_credential/accesstoken',
			response: 'TokenResponse',
			handle: (req, res) => {
				const s = state();
				// The `tokenGrantType` variant decides where grant_type counts (KPN's published request: the query).
				const where = ctx.variant('tokenGrantType');
				const inQuery = where === 'body' ? undefined : req.query.grant_type;
				const inBody = where === 'query' ? undefined : (req.body as Record<string, unknown> | undefined)?.grant_type;
				if ((inQuery ?? inBody) !== 'client_credentials') {
					const place = where === 'query' ? 'in the query string' : where === 'body' ? 'in the form body' : 'in the query string or the form body';
					throw new ParleyError(400, `Unsupported grant type: send grant_type=client_credentials ${place}`);
				}
				const client = clientFrom(req);
				if (client.id !== s.client.clientId || client.secret !== s.client.clientSecret) {
					throw new ParleyError(401, 'Invalid client identifier or secret');
				}
				const accessToken = issueToken(s, ctx.limits.issuedTokens);
				const body: TokenResponse = {
					access_token: accessToken,
					token_type: 'Bearer',
					expires_in: String(s.tokenLifetimeSeconds),
					issued_at: String(Date.now()),
					client_id: s.client.clientId,
					application_name: 'n8n (mock)',
					scope: '',
					status: 'approved',
				};
				res.json(body);
			},
		}),
	]);
}

/** POST /__control/parley/tokens {"expiresIn": seconds} sets the lifetime of new tokens; {"expireAll": true} ends the issued ones. */
export function tokenControlRoutes(state: () => ParleyState): Router {
	const router = Router();
	router.post('/tokens', (req, res) => {
		const s = state();
		const body = (req.body ?? {}) as { expiresIn?: unknown; expireAll?: unknown };
		if (body.expiresIn !== undefined) {
			if (!Number.isInteger(body.expiresIn) || (body.expiresIn as number) < 1) {
				res.status(400).json({ error: 'expiresIn must be a whole number of seconds, at least 1' });
				return;
			}
			s.tokenLifetimeSeconds = body.expiresIn as number;
		}
		if (body.expireAll === true) for (const token of s.tokens.keys()) s.tokens.set(token, 0);
		res.json({ tokenLifetimeSeconds: s.tokenLifetimeSeconds, issued: s.tokens.size });
	});
	return router;
}

/** Every API path needs `Authorization: Bearer <gateway token>`; unknown or expired tokens get 401. */
export function authenticate(state: () => ParleyState) {
	return (req: Request, _res: Response, next: NextFunction) => {
		const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
		if (!match) throw new ParleyError(401, 'Missing access token');
		const expiresAt = state().tokens.get(match[1]);
		if (expiresAt === undefined) throw new ParleyError(401, 'Invalid access token');
		if (expiresAt <= Date.now()) throw new ParleyError(401, 'Access token expired');
		next();
	};
}
