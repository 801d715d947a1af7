import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { Tag, TagCreate } from '../../../../schemas/wabbit/types.generated';
import { requireTags } from '../auth';
import { fieldErrors, invalidBody } from '../errors';
import { page } from '../lookup';
import type { WabbitState } from '../state';

export function tagRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/tags/',
			summary: "List the inbox's tags",
			handle: (req, res) => {
				res.json(page(req, state().tags));
			},
		}),
		route<TagCreate>({
			method: 'POST',
			path: '/tags/',
			summary: 'Create a tag',
			body: 'TagCreate',
			response: 'Tag',
			before: [requireTags],
			handle: (_req, res, body) => {
				const s = state();
				if (s.tags.some((t) => t.name === body.name)) throw fieldErrors({ name: ['tag with this name already exists.'] });
				const tag: Tag = { id: s.nextId.tag++, name: body.name, web_inbox_color: body.web_inbox_color ?? null };
				s.tags.push(tag);
				res.status(201).json(tag);
			},
		}),
	]);
}
