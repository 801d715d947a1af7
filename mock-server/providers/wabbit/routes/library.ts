import { Router } from 'express';

import type { ProviderContext } from '../../../core/types';
import type { SavedResponse, SavedResponseCreate, Template, TemplateCreate } from '../../../../schemas/wabbit/types.generated';
import { currentUser, requireAdmin } from '../auth';
import { fieldErrors } from '../errors';
import { nowSeconds, type WabbitState } from '../state';
import { page, validateBody } from '../views';

/** Saved responses, message templates and groups: lists with a create, no update. */
export function libraryRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	const router = Router();

	router.get('/saved_responses/', (req, res) => {
		res.json(page(req, state().savedResponses));
	});
	router.post('/saved_responses/', (req, res) => {
		const s = state();
		const body = validateBody<SavedResponseCreate>(ctx, 'SavedResponseCreate', req.body);
		const saved: SavedResponse = { id: s.nextId.savedResponse++, text: body.text, created_by: currentUser(res).username, timestamp: nowSeconds() };
		s.savedResponses.push(saved);
		res.status(201).json(saved);
	});

	router.get('/templates/', (req, res) => {
		res.json(page(req, state().templates));
	});
	router.post('/templates/', requireAdmin, (req, res) => {
		const s = state();
		const body = validateBody<TemplateCreate>(ctx, 'TemplateCreate', req.body);
		if (s.templates.some((t) => t.name === body.name && t.language === body.language)) {
			throw fieldErrors({ non_field_errors: [`Template "${body.name}" already exists in language "${body.language}". Editing templates is not supported: delete it and create a new one.`] });
		}
		const template: Template = { ...body, namespace: s.templates[0]?.namespace ?? 'mock_namespace', rejected_reason: null, status: 'submitted' };
		s.templates.push(template);
		res.status(201).json(template);
	});

	router.get('/groups/', (req, res) => {
		res.json(page(req, state().groups));
	});
	return router;
}
