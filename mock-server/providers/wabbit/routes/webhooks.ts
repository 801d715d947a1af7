import { Router, type Request, type Response } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type { WabaWebhook, WabaWebhookWrite } from '../../../../schemas/wabbit/types.generated';
import { currentUser, isAdmin } from '../auth';
import { fieldErrors, notFound } from '../errors';
import type { StoredWebhook, WabbitState } from '../state';
import { apiRoot, page, validateBody } from '../views';

/** One WABA webhook per API user; admins see (and may change) everyone's. */
export function webhookRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	const router = Router();

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

	router.get('/webhooks/waba/', (req, res) => {
		const s = state();
		const user = currentUser(res);
		res.json(page(req, s.webhooks.filter((w) => isAdmin(user) || w.userId === user.id).map((w) => view(s, w))));
	});
	router.post('/webhooks/waba/', (req, res) => {
		const s = state();
		const user = currentUser(res);
		const body = validateBody<WabaWebhookWrite>(ctx, 'WabaWebhookWrite', req.body);
		if (s.webhooks.some((w) => w.userId === user.id)) {
			throw fieldErrors({ non_field_errors: ['Only one WABA Webhook per User is allowed. Update or delete the existing one.'] });
		}
		const hook: StoredWebhook = { id: s.nextId.webhook++, userId: user.id, url: body.url };
		s.webhooks.push(hook);
		res.status(201).json(view(s, hook));
	});
	router.get('/webhooks/waba/:id/', (req, res) => {
		res.json(view(state(), find(res, param(req, 'id'))));
	});
	const update = (req: Request, res: Response) => {
		const hook = find(res, param(req, 'id'));
		hook.url = validateBody<WabaWebhookWrite>(ctx, 'WabaWebhookWrite', req.body).url;
		res.json(view(state(), hook));
	};
	router.put('/webhooks/waba/:id/', update);
	router.patch('/webhooks/waba/:id/', update);
	router.delete('/webhooks/waba/:id/', (req, res) => {
		const s = state();
		const hook = find(res, param(req, 'id'));
		s.webhooks = s.webhooks.filter((w) => w !== hook);
		res.status(204).end();
	});
	return router;
}
