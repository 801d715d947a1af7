import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { DigitalEventDto } from '../../../../schemas/mehery/types.generated';
import { invalidBody } from '../errors';
import { apiResponse } from '../lookup';
import type { MeheryState } from '../state';

export function eventRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	return routeTable(ctx, invalidBody, [
		route<DigitalEventDto>({
			method: 'POST',
			path: '/api/v1/event/push',
			summary: 'Push Customer Event',
			body: 'DigitalEventDto',
			response: 'ApiResponse_DigitalEventDto_object_',
			handle(req, res, body) {
				const stored: DigitalEventDto = { ...body, links: body.links ?? [] };
				state().pushedEvents.push(stored);
				res.json(apiResponse(ctx, req, stored));
			},
		}),
	]);
}
