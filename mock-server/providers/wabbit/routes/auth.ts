import type { Router } from 'express';
import { randomBytes } from 'node:crypto';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { TokenRequest, TokenResponse } from '../../../../schemas/wabbit/types.generated';
import { fieldErrors, invalidBody } from '../errors';
import { token, type WabbitState } from '../state';

/** What answers without authentication: the API root (sets the csrftoken cookie) and the token exchange. */
export function authRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/',
			summary: 'The API root',
			handle: (_req, res) => {
				res.cookie('csrftoken', randomBytes(32).toString('hex'), { maxAge: 31_449_600_000, path: '/', sameSite: 'lax' });
				res.json({ detail: 'Wabbit WhatsApp Integration API (mock). Authenticate with a token from POST /api/v1/auth/token/.' });
			},
		}),
		route<TokenRequest>({
			method: 'POST',
			path: '/auth/token/',
			summary: "Exchange a username and password for the user's token",
			body: 'TokenRequest',
			response: 'TokenResponse',
			/** Returns the user's existing token, or a new one when there is none (DRF authtoken). */
			handle: (_req, res, body) => {
				const s = state();
				const user = s.users.find((u) => u.username === body.username && u.password !== '' && u.password === body.password && u.active);
				if (!user) throw fieldErrors({ non_field_errors: ['Unable to log in with provided credentials.'] });
				let existing = [...s.tokens].find(([, id]) => id === user.id)?.[0];
				if (!existing) {
					existing = token(ctx.faker);
					s.tokens.set(existing, user.id);
				}
				const response: TokenResponse = { token: existing };
				res.json(response);
			},
		}),
	]);
}
