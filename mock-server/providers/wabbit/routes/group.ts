import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import { invalidBody } from '../errors';
import { page } from '../lookup';
import type { WabbitState } from '../state';

export function groupRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/groups/',
			summary: 'List user groups',
			handle: (req, res) => {
				res.json(page(req, state().groups));
			},
		}),
	]);
}
