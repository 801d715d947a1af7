import { randomBytes } from 'node:crypto';
import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import { invalidBody, ParleyError } from '../errors';
import type { ParleyState } from '../state';
import { sendData } from '../variants';

const SSO_LIFETIME_MS = 8 * 3_600_000;

export function ssoAccessTokenRoutes(ctx: ProviderContext, state: () => ParleyState): Router {
	return routeTable(ctx, invalidBody, [
		/** Regenerated on every call (the doc); the previous token of that user stops being current. */
		route({
			method: 'GET',
			path: '/ssoAccessToken/{email}',
			summary: 'Regenerate the single sign-on access token of a user',
			response: 'SuccessEnvelope',
			handle: (req, res) => {
				const s = state();
				const email = param(req, 'email').trim().toLowerCase();
				const user = s.configuration.account.users.find((u) => u.email === email);
				if (!user) throw new ParleyError(404, `No Tracebuzz user with e-mail ${email}`);
				const token = { accessToken: randomBytes(24).toString('hex'), expiresAt: new Date(Date.now() + SSO_LIFETIME_MS).toISOString() };
				s.ssoTokens.set(email, token);
				sendData(req, res, { email, ...token });
			},
		}),
	]);
}
