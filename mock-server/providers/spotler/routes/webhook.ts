import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { randomUUID } from 'node:crypto';

import { param, type ProviderContext } from '../../../core/types';
import type { Webhook, WebhookCreateRequest, WebhookUpdateRequest } from '../../../../schemas/spotler/types.generated';
import { requireScope } from '../auth';
import { invalidBody, SpotlerError } from '../errors';
import { channelFrom } from '../lookup';
import { isoNow, type SpotlerState } from '../state';

export function webhookRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const hooksOf = (channelJid: string) => state().webhooks.get(channelJid)!;
	const find = (channelJid: string, id: string) => {
		const hook = hooksOf(channelJid).find((w) => w.id === id);
		if (!hook) throw new SpotlerError(1009, `Webhook ${id} not found`);
		return hook;
	};
	return routeTable(ctx, invalidBody, [
		route<WebhookCreateRequest>({
			method: 'POST',
			path: '/channels/{channelJid}/webhooks',
			summary: 'Create a webhook',
			body: 'WebhookCreateRequest',
			response: 'Webhook',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const channel = channelFrom(state(), req, res);
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
			},
		}),
		route({
			method: 'GET',
			path: '/channels/{channelJid}/webhooks',
			summary: 'List webhooks',
			response: 'Webhook',
			before: [requireScope('channel')],
			handle: (req, res) => {
				res.json(hooksOf(channelFrom(state(), req, res).jid));
			},
		}),
		route<WebhookUpdateRequest>({
			method: 'PATCH',
			path: '/channels/{channelJid}/webhooks/{id}',
			summary: 'Update a webhook',
			body: 'WebhookUpdateRequest',
			response: 'Webhook',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const channel = channelFrom(state(), req, res);
				const hook = find(channel.jid, param(req, 'id'));
				Object.assign(hook, body, { updatedAt: isoNow() });
				res.json(hook);
			},
		}),
		route({
			method: 'DELETE',
			path: '/channels/{channelJid}/webhooks/{id}',
			summary: 'Delete a webhook',
			before: [requireScope('channel')],
			handle: (req, res) => {
				const channel = channelFrom(state(), req, res);
				const hook = find(channel.jid, param(req, 'id'));
				state().webhooks.set(
					channel.jid,
					hooksOf(channel.jid).filter((w) => w !== hook),
				);
				res.status(204).end();
			},
		}),
	]);
}
