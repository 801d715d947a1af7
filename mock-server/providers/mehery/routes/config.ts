import { Router } from 'express';

import type { ProviderContext } from '../../../core/types';
import type { ClientApp, MsgChannel, WebhookUrlRequest } from '../../../../schemas/mehery/types.generated';
import { apiResponse, compactResponse, validateBody } from '../envelope';
import { fieldError } from '../errors';
import type { MeheryState } from '../state';

const truthy = (value: unknown) => String(value).toLowerCase() === 'true';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function configRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	const router = Router();

	// The spec names the flag "sabdnox" (sic), the prose "sandbox"; either one is honoured.
	router.get('/api/v1/config/channels', (req, res) => {
		const withSandbox = truthy(req.query.sabdnox) || truthy(req.query.sandbox);
		const channels: MsgChannel[] = state()
			.channels.filter((c) => withSandbox || !c.sandbox)
			.map(({ channelId, contactType, lane, name }) => ({ channelId, contactType, lane, name }));
		res.json(compactResponse(req, channels));
	});

	router.get('/api/v1/config/global/vars', (req, res) => {
		const channelId = typeof req.query.channelId === 'string' && req.query.channelId !== '' ? req.query.channelId : undefined;
		const vars = state()
			.globalVars.filter((v) => !channelId || !v.channelId || v.channelId === channelId)
			.map(({ channelId: _own, ...doc }) => doc);
		res.json(apiResponse(ctx, req, vars[0], vars));
	});

	router.get('/api/v1/config/tmpl/hsm', (req, res) => {
		const channelId = typeof req.query.channelId === 'string' && req.query.channelId !== '' ? req.query.channelId : undefined;
		const channelStatus = typeof req.query.channelStatus === 'string' && req.query.channelStatus !== '' ? req.query.channelStatus.toUpperCase() : undefined;
		const templates = state().templates.filter((t) =>
			t.approved!.some((a) => (!channelId || a.channelId === channelId) && (!channelStatus || a.status === channelStatus)) ||
			(!channelId && !channelStatus),
		);
		res.json(apiResponse(ctx, req, templates[0], templates));
	});

	// The doc requires HTTPS with a valid certificate; the mock also lets loopback http through.
	router.post('/api/v1/config/webhook', (req, res) => {
		const { url } = validateBody<WebhookUrlRequest>(ctx, 'WebhookUrlRequest', req.body);
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
	});

	return router;
}
