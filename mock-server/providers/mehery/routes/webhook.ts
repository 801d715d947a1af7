import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { ClientApp, WebhookUrlRequest } from '../../../../schemas/mehery/types.generated';
import { fieldError, invalidBody } from '../errors';
import { apiResponse } from '../lookup';
import type { MeheryState } from '../state';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function webhookRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	return routeTable(ctx, invalidBody, [
		route<WebhookUrlRequest>({
			method: 'POST',
			path: '/api/v1/config/webhook',
			summary: 'Set Webhook',
			body: 'WebhookUrlRequest',
			response: 'ApiResponse_ClientApp_object_',
			// The doc requires HTTPS with a valid certificate; the mock also lets loopback http through.
			handle(req, res, { url }) {
				const parsed = new URL(url);
				if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname))) {
					throw fieldError('url', 'must be an HTTPS URL');
				}
				const { account } = state();
				account.webhookUrl = url;
				const app: ClientApp = {
					id: account.appId,
					agentApp: false,
					appHook: url,
					appHookFrwrd: '',
					appMode: 'LIVE',
					appType: 'API',
					config: {},
					forward: '',
					key: account.apiId,
					keyName: 'x-api-key',
					keyVersion: '1',
					props: {},
					queue: 'SUPPORT',
					readOnly: false,
					secret: {},
					shared: false,
					webhook: url,
				};
				res.json(apiResponse(ctx, req, app));
			},
		}),
	]);
}
