import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import { invalidBody } from '../errors';
import type { ParleyState } from '../state';
import { sendPayload } from '../variants';

export function configurationRoutes(ctx: ProviderContext, state: () => ParleyState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/configuration',
			summary: 'Account configuration: search profiles, connections, users, integer codes',
			response: 'SuccessEnvelope',
			handle: (req, res) => sendPayload(req, res, ctx.variant, 'configuration', state().configuration),
		}),
	]);
}
