import type { Request, Response, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { PasswordChange, PasswordSet, UserCreate, UserCreated, UserWrite } from '../../../../schemas/wabbit/types.generated';
import { currentUser, isAdmin, requireAdmin } from '../auth';
import { fieldErrors, forbidden, invalidBody } from '../errors';
import { apiRoot, findUser, page, userView } from '../lookup';
import { GROUP, token, type StoredUser, type WabbitState } from '../state';

const ROLE_GROUP = { admin: GROUP.admin, app: GROUP.app, user: GROUP.regular } as const;

export function userRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	const setPassword = (req: Request, res: Response, body: PasswordSet) => {
		findUser(state(), param(req, 'id')).password = body.password;
		res.json({});
	};

	/** Admins and the user themself; only admins change groups, permissions and roles. */
	const update = (partial: boolean) => (req: Request, res: Response, body: UserWrite) => {
		const s = state();
		const actor = currentUser(res);
		const target = findUser(s, param(req, 'id'));
		if (!isAdmin(actor) && actor.id !== target.id) throw forbidden();
		if (!partial) {
			const missing = (['username', 'email', 'groups', 'permissions'] as const).filter((f) => body[f] === undefined);
			if (missing.length) throw fieldErrors(Object.fromEntries(missing.map((f) => [f, ['This field is required.']])));
		}
		const groups = body.groups?.map((g) => (typeof g === 'number' ? g : g.id));
		const privileged =
			(groups !== undefined && groups.sort().join() !== [...target.groups].sort().join()) ||
			(body.permissions !== undefined &&
				JSON.stringify(body.permissions) !== JSON.stringify({ can_use_tags: target.can_use_tags, can_read_chats: target.can_read_chats, can_write_to_chats: target.can_write_to_chats })) ||
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

	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/users/',
			summary: "List the inbox's users",
			handle: (req, res) => {
				const s = state();
				res.json(
					page(
						req,
						s.users.map((u) => userView(ctx, s, u)),
					),
				);
			},
		}),
		route<UserCreate>({
			method: 'POST',
			path: '/users/',
			summary: 'Create a user (inactive until its activation URL is called)',
			body: 'UserCreate',
			response: 'UserCreated',
			before: [requireAdmin],
			handle: (_req, res, body) => {
				const s = state();
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
				// activation_url is shown this once.
				const created: UserCreated = { ...view, activation_url: `${apiRoot(ctx)}/users/activate/${code}/` };
				res.status(201).json(created);
			},
		}),
		route({
			method: 'GET',
			path: '/users/current/',
			summary: 'Get the user the request authenticates as',
			response: 'User',
			handle: (_req, res) => {
				res.json(userView(ctx, state(), currentUser(res)));
			},
		}),
		route<PasswordChange>({
			method: 'PUT',
			path: '/users/password/change/',
			summary: "Change the current user's password",
			body: 'PasswordChange',
			handle: (_req, res, body) => {
				const user = currentUser(res);
				if (body.current_password !== user.password) throw fieldErrors({ current_password: ['Your current password is not correct.'] });
				user.password = body.new_password;
				res.json({});
			},
		}),
		route<PasswordSet>({ method: 'POST', path: '/users/{id}/password/change/', summary: "Set a user's password", body: 'PasswordSet', before: [requireAdmin], handle: setPassword }),
		route<PasswordSet>({ method: 'PUT', path: '/users/{id}/password/change/', summary: "Set a user's password", body: 'PasswordSet', before: [requireAdmin], handle: setPassword }),
		route({
			method: 'GET',
			path: '/users/{id}/',
			summary: 'Get a user',
			response: 'User',
			handle: (req, res) => {
				const s = state();
				res.json(userView(ctx, s, findUser(s, param(req, 'id'))));
			},
		}),
		route<UserWrite>({ method: 'PUT', path: '/users/{id}/', summary: 'Set every field of a user', body: 'UserWrite', response: 'User', handle: update(false) }),
		route<UserWrite>({ method: 'PATCH', path: '/users/{id}/', summary: 'Change some fields of a user', body: 'UserWrite', response: 'User', handle: update(true) }),
	]);
}

/** Public: calling activation_url once activates the account; app users get their token. */
export function userActivationRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
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
	return routeTable(ctx, invalidBody, [
		route({ method: 'GET', path: '/users/activate/{code}/', summary: 'Activate a new user', handle: activate }),
		route({ method: 'POST', path: '/users/activate/{code}/', summary: 'Activate a new user', handle: activate }),
	]);
}
