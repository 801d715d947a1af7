import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';

import type { SpotlerState, StoredKey } from '../state';
import { currentKey, requireScope } from '../auth';
import { invalidBody } from '../errors';

/** The key object as the API shows it: never the secret. */
export function publicKey({ token: _token, ...key }: StoredKey) {
	return key;
}

export function apiKeyRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/keys',
			summary: 'List API keys (company scope)',
			response: 'ApiKey',
			before: [requireScope('company')],
			handle: (_req, res) => {
				res.json(state().keys.map(publicKey));
			},
		}),
		route({
			method: 'GET',
			path: '/keys/current',
			summary: 'Read the current API key',
			response: 'ApiKey',
			before: [requireScope('channel')],
			handle: (_req, res) => {
				res.json(publicKey(currentKey(res)));
			},
		}),
	]);
}
