import { Router } from 'express';
import { randomBytes } from 'node:crypto';

import type { ProviderContext } from '../../../core/types';
import type { TokenRequest, TokenResponse } from '../../../../schemas/wabbit/types.generated';
import { multipartBody } from '../body';
import { fieldErrors } from '../errors';
import { token, type WabbitState } from '../state';
import { validateBody } from '../views';

/** What answers without authentication: the API root (sets the csrftoken cookie) and the token exchange. */
export function publicRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	const router = Router();
	router.get('/', (_req, res) => {
		res.cookie('csrftoken', randomBytes(32).toString('hex'), { maxAge: 31_449_600_000, path: '/', sameSite: 'lax' });
		res.json({ detail: 'Wabbit WhatsApp Integration API (mock). Authenticate with a token from POST /api/v1/auth/token/.' });
	});

	/** Returns the user's existing token, or a new one when there is none (DRF authtoken). */
	// Public, so read multipart here (small: two short fields); other multipart waits for authentication.
	router.post('/auth/token/', multipartBody(64 * 1024));
	router.post('/auth/token/', (req, res) => {
		const s = state();
		const body = validateBody<TokenRequest>(ctx, 'TokenRequest', req.body);
		const user = s.users.find((u) => u.username === body.username && u.password !== '' && u.password === body.password && u.active);
		if (!user) throw fieldErrors({ non_field_errors: ['Unable to log in with provided credentials.'] });
		let existing = [...s.tokens].find(([, id]) => id === user.id)?.[0];
		if (!existing) {
			existing = token(ctx.faker);
			s.tokens.set(existing, user.id);
		}
		const response: TokenResponse = { token: existing };
		res.json(response);
	});
	return router;
}
