import { Router } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type { Template, TemplateCreateRequest } from '../../../../schemas/spotler/types.generated';
import { requireScope } from '../auth';
import { SpotlerError } from '../errors';
import { channelFrom, validateBody } from '../lookup';
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
	const router = Router();
	const storeOf = (channelJid: string) => state().templates.get(channelJid)!;

	router.post('/channels/:channelJid/templates', requireScope('channel'), (req, res) => {
		const channel = channelFrom(state(), req, res);
		const body = validateBody<TemplateCreateRequest>(ctx, 'TemplateCreateRequest', req.body);
		const store = storeOf(channel.jid);
		if (store.templates.some((t) => t.name === body.name && t.language === body.language)) {
			throw new SpotlerError(1014, `Already exists: template ${body.name} (${body.language})`);
		}
		// New templates wait for WhatsApp's review; simulate template_pack approves or rejects them.
		store.templates.push({ name: body.name, language: body.language, category: body.category, components: body.components, status: 'PENDING' });
		// The doc shows no body for 201; the mock answers with the template as read back.
		res.status(201).json(grouped(store.templates.filter((t) => t.name === body.name && t.language === body.language))[0]);
	});
	router.get('/channels/:channelJid/templates', requireScope('channel'), (req, res) => {
		const store = storeOf(channelFrom(state(), req, res).jid);
		res.json({ namespace: store.namespace, templates: grouped(store.templates) });
	});
	router.delete('/channels/:channelJid/templates/:name', requireScope('assistant'), (req, res) => {
		const store = storeOf(channelFrom(state(), req, res).jid);
		const name = param(req, 'name');
		// Deletes every language of the name (the doc has no per-language delete).
		if (!store.templates.some((t) => t.name === name)) throw new SpotlerError(1006, `Template name does not exist: ${name}`);
		store.templates = store.templates.filter((t) => t.name !== name);
		res.status(204).end();
	});

	return router;
}
