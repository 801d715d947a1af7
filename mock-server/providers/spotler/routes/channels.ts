import { Router } from 'express';

import { currentKey, requireScope } from '../auth';
import type { SpotlerState } from '../state';

export function channelRoutes(state: () => SpotlerState): Router {
	const router = Router();
	router.get('/channels', requireScope('channel'), (_req, res) => {
		const key = currentKey(res);
		const visible = state().channels.filter(
			(c) => key.scope === 'COMPANY' || key.scope === 'OWNER' || key.objects.some((o) => o.jid === c.jid),
		);
		res.json(visible);
	});
	return router;
}
