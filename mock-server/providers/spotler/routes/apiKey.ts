import { Router } from 'express';

import type { SpotlerState, StoredKey } from '../state';
import { currentKey, requireScope } from '../auth';

/** The key object as the API shows it: never the secret. */
export function publicKey({ token: _token, ...key }: StoredKey) {
	return key;
}

export function keyRoutes(state: () => SpotlerState): Router {
	const router = Router();
	router.get('/keys', requireScope('company'), (_req, res) => {
		res.json(state().keys.map(publicKey));
	});
	router.get('/keys/current', requireScope('channel'), (_req, res) => {
		res.json(publicKey(currentKey(res)));
	});
	return router;
}
