import { Router } from 'express';
import { randomUUID } from 'node:crypto';

import { param, type ProviderContext } from '../../../core/types';
import type { Webhook, WebhookCreateRequest, WebhookUpdateRequest } from '../../../../schemas/spotler/types.generated';
import { requireScope } from '../auth';
import { SpotlerError } from '../errors';
import { channelFrom, validateBody } from '../lookup';
import { isoNow, type SpotlerState } from '../state';

export function webhookRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const router = Router();
	const hooksOf = (channelJid: string) => state().webhooks.get(channelJid)!;
	const find = (channelJid: string, id: string) => {
		const hook = hooksOf(channelJid).find((w) => w.id === id);
		if (!hook) throw new SpotlerError(1009, `Webhook ${id} not found`);
		return hook;
	};

	router.post('/channels/:channelJid/webhooks', requireScope('channel'), (req, res) => {
		const channel = channelFrom(state(), req, res);
		const body = validateBody<WebhookCreateRequest>(ctx, 'WebhookCreateRequest', req.body);
		const hook: Webhook = {
			assistant: null,
			cipherKey: null,
			createdAt: isoNow(),
			enabled: body.enabled ?? true,
			events: [...body.events],
			headers: body.headers ?? null,
			id: randomUUID(),
			updatedAt: null,
			url: body.url,
		};
		hooksOf(channel.jid).push(hook);
		res.status(201).json(hook);
	});

	router.get('/channels/:channelJid/webhooks', requireScope('channel'), (req, res) => {
		res.json(hooksOf(channelFrom(state(), req, res).jid));
	});

	router.patch('/channels/:channelJid/webhooks/:id', requireScope('channel'), (req, res) => {
		const channel = channelFrom(state(), req, res);
		const hook = find(channel.jid, param(req, 'id'));
		const body = validateBody<WebhookUpdateRequest>(ctx, 'WebhookUpdateRequest', req.body);
		Object.assign(hook, body, { updatedAt: isoNow() });
		res.json(hook);
	});

	router.delete('/channels/:channelJid/webhooks/:id', requireScope('channel'), (req, res) => {
		const channel = channelFrom(state(), req, res);
		const hook = find(channel.jid, param(req, 'id'));
		state().webhooks.set(channel.jid, hooksOf(channel.jid).filter((w) => w !== hook));
		res.status(204).end();
	});

	return router;
}
