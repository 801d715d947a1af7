import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { Template, TemplateCreateRequest } from '../../../../schemas/spotler/types.generated';
import { requireScope } from '../auth';
import { invalidBody, SpotlerError } from '../errors';
import { channelFrom } from '../lookup';
import type { SpotlerState, StoredTemplate } from '../state';

/** Created per language, read grouped by name with one translation per language (as in the doc). */
function grouped(templates: StoredTemplate[]): Template[] {
	const byName = new Map<string, Template>();
	for (const t of templates) {
		const group = byName.get(t.name) ?? { category: t.category, name: t.name, translations: [] };
		group.translations.push({
			components: t.components,
			localeName: t.language,
			status: t.status,
			...(t.rejectedReason ? { rejectedReason: t.rejectedReason } : {}),
		});
		byName.set(t.name, group);
	}
	return [...byName.values()];
}

export function templateRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const storeOf = (channelJid: string) => state().templates.get(channelJid)!;
	return routeTable(ctx, invalidBody, [
		route<TemplateCreateRequest>({
			method: 'POST',
			path: '/channels/{channelJid}/templates',
			summary: 'Create a WhatsApp template',
			body: 'TemplateCreateRequest',
			response: 'Template',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const channel = channelFrom(state(), req, res);
				const store = storeOf(channel.jid);
				if (store.templates.some((t) => t.name === body.name && t.language === body.language)) {
					throw new SpotlerError(1014, `Already exists: template ${body.name} (${body.language})`);
				}
				// New templates wait for WhatsApp's review; simulate template_pack approves or rejects them.
				store.templates.push({ name: body.name, language: body.language, category: body.category, components: body.components, status: 'PENDING' });
				// The doc shows no body for 201; the mock answers with the template as read back.
				res.status(201).json(grouped(store.templates.filter((t) => t.name === body.name && t.language === body.language))[0]);
			},
		}),
		route({
			method: 'GET',
			path: '/channels/{channelJid}/templates',
			summary: 'List WhatsApp templates',
			response: 'TemplateList',
			before: [requireScope('channel')],
			handle: (req, res) => {
				const store = storeOf(channelFrom(state(), req, res).jid);
				res.json({ namespace: store.namespace, templates: grouped(store.templates) });
			},
		}),
		route({
			method: 'DELETE',
			path: '/channels/{channelJid}/templates/{name}',
			summary: 'Delete a WhatsApp template (every language)',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				const store = storeOf(channelFrom(state(), req, res).jid);
				const name = param(req, 'name');
				// Deletes every language of the name (the doc has no per-language delete).
				if (!store.templates.some((t) => t.name === name)) throw new SpotlerError(1006, `Template name does not exist: ${name}`);
				store.templates = store.templates.filter((t) => t.name !== name);
				res.status(204).end();
			},
		}),
	]);
}
