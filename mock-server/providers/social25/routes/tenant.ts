import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import { invalidBody } from '../errors';
import { page, tenantView } from '../lookup';
import type { Social25State } from '../state';

export function tenantRoutes(ctx: ProviderContext, state: () => Social25State): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/tenants/',
			summary: 'Tenant configuration (a page of Tenant)',
			response: 'Page',
			handle: (req, res) => {
				res.json(page(ctx, req, [tenantView(state())]));
			},
		}),
	]);
}
