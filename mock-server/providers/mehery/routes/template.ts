import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import { invalidBody } from '../errors';
import { apiResponse } from '../lookup';
import type { MeheryState } from '../state';

export function templateRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/api/v1/config/tmpl/hsm',
			summary: 'HSM Templates (query channelId, channelStatus)',
			response: 'ApiResponse_HSMTemplateDoc_object_',
			handle(req, res) {
				const channelId = typeof req.query.channelId === 'string' && req.query.channelId !== '' ? req.query.channelId : undefined;
				const channelStatus = typeof req.query.channelStatus === 'string' && req.query.channelStatus !== '' ? req.query.channelStatus.toUpperCase() : undefined;
				const templates = state().templates.filter(
					(t) => t.approved!.some((a) => (!channelId || a.channelId === channelId) && (!channelStatus || a.status === channelStatus)) || (!channelId && !channelStatus),
				);
				res.json(apiResponse(ctx, req, templates[0], templates));
			},
		}),
	]);
}
