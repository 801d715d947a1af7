import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { MsgChannel } from '../../../../schemas/mehery/types.generated';
import { invalidBody } from '../errors';
import { compactResponse } from '../lookup';
import type { MeheryState } from '../state';

const truthy = (value: unknown) => String(value).toLowerCase() === 'true';

export function channelRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/api/v1/config/channels',
			summary: 'Channels List (query sabdnox or sandbox=true adds sandbox channels)',
			response: 'ApiResultsMetaCompactResponse_MsgChannel_object_',
			// The spec names the flag "sabdnox" (sic), the prose "sandbox"; either one is honoured.
			handle(req, res) {
				const withSandbox = truthy(req.query.sabdnox) || truthy(req.query.sandbox);
				const channels: MsgChannel[] = state()
					.channels.filter((c) => withSandbox || !c.sandbox)
					.map(({ channelId, contactType, lane, name }) => ({ channelId, contactType, lane, name }));
				res.json(compactResponse(req, channels));
			},
		}),
	]);
}
