import type { NextFunction, Request, Response } from 'express';

import { MeheryError } from './errors';
import type { MeheryState } from './state';

/**
 * Every customer call needs the account's `x-api-key` (the doc's prose; its tables say optional).
 * `x-api-id` is optional, but when sent it must name the same account.
 */
export function authenticate(state: () => MeheryState) {
	return (req: Request, _res: Response, next: NextFunction) => {
		const { account } = state();
		const key = req.get('x-api-key');
		if (!key || key !== account.apiKey) throw new MeheryError(401, 'Invalid or missing x-api-key');
		const id = req.get('x-api-id');
		if (id && id !== account.apiId) throw new MeheryError(403, 'x-api-id does not belong to this x-api-key');
		next();
	};
}
