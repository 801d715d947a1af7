import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import { invalidBody } from '../errors';
import { apiResponse } from '../lookup';
import type { MeheryState } from '../state';

export function globalVariableRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/api/v1/config/global/vars',
			summary: 'Global Vars (query channelId)',
			response: 'ApiResponse_CompanyVarsConfigDoc_object_',
			handle(req, res) {
				const channelId = typeof req.query.channelId === 'string' && req.query.channelId !== '' ? req.query.channelId : undefined;
				const vars = state()
					.globalVars.filter((v) => !channelId || !v.channelId || v.channelId === channelId)
					.map(({ channelId: _own, ...doc }) => doc);
				res.json(apiResponse(ctx, req, vars[0], vars));
			},
		}),
	]);
}
