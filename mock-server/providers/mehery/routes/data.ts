import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { DigitalObjectDto } from '../../../../schemas/mehery/types.generated';
import { invalidBody } from '../errors';
import { apiResponse } from '../lookup';
import type { MeheryState } from '../state';

export function dataRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	return routeTable(ctx, invalidBody, [
		route<DigitalObjectDto>({
			method: 'POST',
			path: '/api/v1/data/push',
			summary: 'Push Customer Data',
			body: 'DigitalObjectDto',
			response: 'ApiResponse_DigitalObjectDto_object_',
			/** Customer data is kept by id: pushing the same id again replaces it. */
			handle(req, res, body) {
				const stored: DigitalObjectDto = { ...body, links: body.links ?? [] };
				state().dataObjects.set(`${stored.type} ${stored.id}`, stored);
				res.json(apiResponse(ctx, req, stored));
			},
		}),
	]);
}
