import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { Template, TemplateCreate } from '../../../../schemas/wabbit/types.generated';
import { requireAdmin } from '../auth';
import { fieldErrors, invalidBody } from '../errors';
import { page } from '../lookup';
import type { WabbitState } from '../state';

/** Message templates: a list and a create; no update (the doc: delete and create again). */
export function templateRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/templates/',
			summary: 'List message templates with their review status',
			handle: (req, res) => {
				res.json(page(req, state().templates));
			},
		}),
		route<TemplateCreate>({
			method: 'POST',
			path: '/templates/',
			summary: 'Submit a message template for review',
			body: 'TemplateCreate',
			response: 'Template',
			before: [requireAdmin],
			handle: (_req, res, body) => {
				const s = state();
				if (s.templates.some((t) => t.name === body.name && t.language === body.language)) {
					throw fieldErrors({ non_field_errors: [`Template "${body.name}" already exists in language "${body.language}". Editing templates is not supported: delete it and create a new one.`] });
				}
				const template: Template = { ...body, namespace: s.templates[0]?.namespace ?? 'mock_namespace', rejected_reason: null, status: 'submitted' };
				s.templates.push(template);
				res.status(201).json(template);
			},
		}),
	]);
}
