import type { Request, Response, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { WabaWebhook, WabaWebhookWrite } from '../../../../schemas/wabbit/types.generated';
import { currentUser, isAdmin } from '../auth';
import { fieldErrors, invalidBody, notFound } from '../errors';
import { apiRoot, page } from '../lookup';
import type { StoredWebhook, WabbitState } from '../state';

/** One WABA webhook per API user; admins see (and may change) everyone's. */
export function webhookRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	const view = (s: WabbitState, hook: StoredWebhook): WabaWebhook => {
		const owner = s.users.find((u) => u.id === hook.userId)!;
		return { id: hook.id, user: { id: owner.id, username: owner.username, url: `${apiRoot(ctx)}/users/${owner.id}/` }, url: hook.url };
	};
	const find = (res: Response, id: string): StoredWebhook => {
		const user = currentUser(res);
		const hook = state().webhooks.find((w) => String(w.id) === id && (w.userId === user.id || isAdmin(user)));
		if (!hook) throw notFound();
		return hook;
	};
	const update = (req: Request, res: Response, body: WabaWebhookWrite) => {
		const hook = find(res, param(req, 'id'));
		hook.url = body.url;
		res.json(view(state(), hook));
	};

	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/webhooks/waba/',
			summary: 'List WABA webhooks',
			handle: (req, res) => {
				const s = state();
				const user = currentUser(res);
				res.json(
					page(
						req,
						s.webhooks.filter((w) => isAdmin(user) || w.userId === user.id).map((w) => view(s, w)),
					),
				);
			},
		}),
		route<WabaWebhookWrite>({
			method: 'POST',
			path: '/webhooks/waba/',
			summary: "Create the user's WABA webhook (one per user)",
			body: 'WabaWebhookWrite',
			response: 'WabaWebhook',
			handle: (_req, res, body) => {
				const s = state();
				const user = currentUser(res);
				if (s.webhooks.some((w) => w.userId === user.id)) {
					throw fieldErrors({ non_field_errors: ['Only one WABA Webhook per User is allowed. Update or delete the existing one.'] });
				}
				const hook: StoredWebhook = { id: s.nextId.webhook++, userId: user.id, url: body.url };
				s.webhooks.push(hook);
				res.status(201).json(view(s, hook));
			},
		}),
		route({
			method: 'GET',
			path: '/webhooks/waba/{id}/',
			summary: 'Get a WABA webhook',
			response: 'WabaWebhook',
			handle: (req, res) => {
				res.json(view(state(), find(res, param(req, 'id'))));
			},
		}),
		route<WabaWebhookWrite>({ method: 'PUT', path: '/webhooks/waba/{id}/', summary: "Change a WABA webhook's URL", body: 'WabaWebhookWrite', response: 'WabaWebhook', handle: update }),
		route<WabaWebhookWrite>({ method: 'PATCH', path: '/webhooks/waba/{id}/', summary: "Change a WABA webhook's URL", body: 'WabaWebhookWrite', response: 'WabaWebhook', handle: update }),
		route({
			method: 'DELETE',
			path: '/webhooks/waba/{id}/',
			summary: 'Delete a WABA webhook',
			handle: (req, res) => {
				const s = state();
				const hook = find(res, param(req, 'id'));
				s.webhooks = s.webhooks.filter((w) => w !== hook);
				res.status(204).end();
			},
		}),
	]);
}
