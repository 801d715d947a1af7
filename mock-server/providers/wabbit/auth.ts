import type { NextFunction, Request, Response } from 'express';

import { DETAIL, WabbitError, forbidden } from './errors';
import { GROUP, type StoredUser, type WabbitState } from './state';

/**
 * The doc's three schemes, tried in its order: 360dialog key (fails silently when wrong), then
 * `Authorization: Token <token>`. Session cookies are the web app's and are not emulated.
 * No credentials at all answer 403 (the doc's example); a token the API does not know answers
 * 401 "Invalid token." like DRF's TokenAuthentication, which tells clients to get a new one.
 */
export function authenticate(state: () => WabbitState) {
	return (req: Request, res: Response, next: NextFunction) => {
		const s = state();
		const d360 = req.get('d360-api-key');
		if (d360 && d360 === s.d360ApiKey) {
			// The admin registered when the inbox was created; another active admin if it is gone.
			const admin = s.users.find((u) => u.role === 'admin' && u.active);
			if (admin) {
				res.locals.user = admin;
				return next();
			}
		}
		const header = req.get('authorization');
		if (header) {
			const match = /^Token\s+(\S+)\s*$/i.exec(header);
			const userId = match ? s.tokens.get(match[1]) : undefined;
			const user = userId === undefined ? undefined : s.users.find((u) => u.id === userId && u.active);
			if (!user) throw new WabbitError(401, DETAIL.invalidToken);
			res.locals.user = user;
			return next();
		}
		throw new WabbitError(403, DETAIL.notAuthenticated);
	};
}

export function currentUser(res: Response): StoredUser {
	return res.locals.user as StoredUser;
}

/** "Admin group" in the doc's rules: the admin role or membership of the Admin group. */
export function isAdmin(user: StoredUser): boolean {
	return user.role === 'admin' || user.groups.includes(GROUP.admin);
}

export function requireAdmin(_req: Request, res: Response, next: NextFunction) {
	if (!isAdmin(currentUser(res))) throw forbidden();
	next();
}

export function requireTags(_req: Request, res: Response, next: NextFunction) {
	if (!currentUser(res).can_use_tags) throw forbidden('You are not allowed to use tags.');
	next();
}
