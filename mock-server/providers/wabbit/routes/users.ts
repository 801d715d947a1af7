import { Router, type Request, type Response } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type { PasswordChange, PasswordSet, UserCreate, UserCreated, UserWrite } from '../../../../schemas/wabbit/types.generated';
import { currentUser, isAdmin, requireAdmin } from '../auth';
import { fieldErrors, forbidden } from '../errors';
import { GROUP, token, type StoredUser, type WabbitState } from '../state';
import { apiRoot, findUser, page, userView, validateBody } from '../views';

const ROLE_GROUP = { admin: GROUP.admin, app: GROUP.app, user: GROUP.regular } as const;

export function userRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	const router = Router();

	router.get('/users/', (req, res) => {
		const s = state();
		res.json(page(req, s.users.map((u) => userView(ctx, s, u))));
	});

	/** Admins only. The user starts inactive; activation_url is shown this once. */
	router.post('/users/', requireAdmin, (req, res) => {
		const s = state();
		const body = validateBody<UserCreate>(ctx, 'UserCreate', req.body);
		if (s.users.some((u) => u.username === body.username)) throw fieldErrors({ username: ['A user with that username already exists.'] });
		const role = body.profile?.role ?? 'user';
		const code = ctx.faker.string.alphanumeric(32);
		const user: StoredUser = {
			id: s.nextId.user++,
			username: body.username,
			first_name: body.first_name ?? '',
			last_name: body.last_name ?? '',
			email: body.email,
			password: '',
			role,
			groups: [ROLE_GROUP[role]],
			can_use_tags: true,
			can_read_chats: 'all',
			can_write_to_chats: role === 'admin' ? 'all' : 'assigned',
			active: false,
			activationCode: code,
		};
		s.users.push(user);
		const { groups: _g, permissions: _p, ...view } = userView(ctx, s, user);
		const created: UserCreated = { ...view, activation_url: `${apiRoot(ctx)}/users/activate/${code}/` };
		res.status(201).json(created);
	});

	router.get('/users/current/', (_req, res) => {
		res.json(userView(ctx, state(), currentUser(res)));
	});

	router.put('/users/password/change/', (req, res) => {
		const user = currentUser(res);
		const body = validateBody<PasswordChange>(ctx, 'PasswordChange', req.body);
		if (body.current_password !== user.password) throw fieldErrors({ current_password: ['Your current password is not correct.'] });
		user.password = body.new_password;
		res.json({});
	});

	const setPassword = (req: Request, res: Response) => {
		const target = findUser(state(), param(req, 'id'));
		target.password = validateBody<PasswordSet>(ctx, 'PasswordSet', req.body).password;
		res.json({});
	};
	router.post('/users/:id/password/change/', requireAdmin, setPassword);
	router.put('/users/:id/password/change/', requireAdmin, setPassword);

	router.get('/users/:id/', (req, res) => {
		const s = state();
		res.json(userView(ctx, s, findUser(s, param(req, 'id'))));
	});

	/** Admins and the user themself; only admins change groups, permissions and roles. */
	const update = (partial: boolean) => (req: Request, res: Response) => {
		const s = state();
		const actor = currentUser(res);
		const target = findUser(s, param(req, 'id'));
		if (!isAdmin(actor) && actor.id !== target.id) throw forbidden();
		const body = validateBody<UserWrite>(ctx, 'UserWrite', req.body);
		if (!partial) {
			const missing = (['username', 'email', 'groups', 'permissions'] as const).filter((f) => body[f] === undefined);
			if (missing.length) throw fieldErrors(Object.fromEntries(missing.map((f) => [f, ['This field is required.']])));
		}
		const groups = body.groups?.map((g) => (typeof g === 'number' ? g : g.id));
		const privileged =
			(groups !== undefined && groups.sort().join() !== [...target.groups].sort().join()) ||
			(body.permissions !== undefined && JSON.stringify(body.permissions) !== JSON.stringify({ can_use_tags: target.can_use_tags, can_read_chats: target.can_read_chats, can_write_to_chats: target.can_write_to_chats })) ||
			(body.profile !== undefined && body.profile.role !== target.role);
		if (privileged && !isAdmin(actor)) throw forbidden('Only admins can change groups, permissions and roles.');
		const unknown = groups?.filter((g) => !s.groups.some((group) => group.id === g));
		if (unknown?.length) throw fieldErrors({ groups: unknown.map((g) => `Invalid pk "${g}" - object does not exist.`) });
		if (body.username !== undefined && s.users.some((u) => u.username === body.username && u !== target)) {
			throw fieldErrors({ username: ['A user with that username already exists.'] });
		}
		Object.assign(target, {
			...(body.username !== undefined && { username: body.username }),
			...(body.first_name !== undefined && { first_name: body.first_name }),
			...(body.last_name !== undefined && { last_name: body.last_name }),
			...(body.email !== undefined && { email: body.email }),
			...(body.profile !== undefined && { role: body.profile.role }),
			...(groups !== undefined && { groups }),
			...(body.permissions !== undefined && body.permissions),
		});
		res.json(userView(ctx, s, target));
	};
	router.put('/users/:id/', update(false));
	router.patch('/users/:id/', update(true));
	return router;
}

/** Public: calling activation_url once activates the account; app users get their token. */
export function activationRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	const router = Router();
	const activate = (req: Request, res: Response) => {
		const s = state();
		const user = s.users.find((u) => u.activationCode !== undefined && u.activationCode === param(req, 'code'));
		if (!user) throw fieldErrors({ non_field_errors: ['This activation link is invalid or was already used.'] });
		user.active = true;
		delete user.activationCode;
		if (user.role !== 'app') {
			res.json({ detail: 'Account activated.' });
			return;
		}
		const appToken = token(ctx.faker);
		s.tokens.set(appToken, user.id);
		res.json({ token: appToken });
	};
	router.get('/users/activate/:code/', activate);
	router.post('/users/activate/:code/', activate);
	return router;
}
