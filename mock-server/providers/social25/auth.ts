import type { NextFunction, Request, Response } from 'express';

import { Social25Error } from './errors';
import type { Social25State } from './state';

/**
 * Every curl sends `Authorization: Bearer <token>`; the doc's callout shows the bare token.
 * Both are accepted. Messages are DRF's own.
 */
export function authenticate(state: () => Social25State) {
	return (req: Request, _res: Response, next: NextFunction) => {
		const header = req.get('authorization');
		if (!header) throw new Social25Error(401, 'Authentication credentials were not provided.');
		const token = header.replace(/^Bearer\s+/i, '').trim();
		if (token !== state().token) throw new Social25Error(401, 'Invalid token.');
		next();
	};
}
