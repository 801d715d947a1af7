import { randomBytes } from 'node:crypto';
import { Router } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import { sendData } from '../envelope';
import { ParleyError } from '../errors';
import type { ParleyState } from '../state';
import { sendPayload } from '../variants';

const SSO_LIFETIME_MS = 8 * 3_600_000;

export function accountRoutes(ctx: Pick<ProviderContext, 'variant'>, state: () => ParleyState): Router {
	const router = Router();

	router.get('/configuration', (req, res) => {
		sendPayload(req, res, ctx.variant, 'configuration', state().configuration);
	});

	/** Regenerated on every call (the doc); the previous token of that user stops being current. */
	router.get('/ssoAccessToken/:email', (req, res) => {
		const s = state();
		const email = param(req, 'email').trim().toLowerCase();
		const user = s.configuration.account.users.find((u) => u.email === email);
		if (!user) throw new ParleyError(404, `No Tracebuzz user with e-mail ${email}`);
		const token = { accessToken: randomBytes(24).toString('hex'), expiresAt: new Date(Date.now() + SSO_LIFETIME_MS).toISOString() };
		s.ssoTokens.set(email, token);
		sendData(req, res, { email, ...token });
	});

	return router;
}
