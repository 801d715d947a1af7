import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import { fieldError, invalidBody, Social25Error } from '../errors';
import { conversationFrom, platformOf } from '../lookup';
import type { Social25State } from '../state';

export function whatsAppTemplateRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/tenants/{tenantId}/conversations/{conversationId}/whatsapp_templates/',
			summary: 'Approved WhatsApp templates (?language=)',
			response: 'WhatsAppTemplatesResponse',
			handle: (req, res) => {
				const s = state();
				const conversation = conversationFrom(s, req);
				if (platformOf(s, conversation).platform !== 'whatsapp') throw new Social25Error(400, 'WhatsApp templates are only available on WhatsApp conversations.');
				const language = req.query.language;
				if (language === undefined || language === '') throw fieldError('language', 'This field is required.');
				res.json({ [String(language)]: s.templates.byLanguage[String(language)] ?? [], namespace: s.templates.namespace });
			},
		}),
	]);
}
