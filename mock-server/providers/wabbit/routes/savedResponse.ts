import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { SavedResponse, SavedResponseCreate } from '../../../../schemas/wabbit/types.generated';
import { currentUser } from '../auth';
import { invalidBody } from '../errors';
import { page } from '../lookup';
import { nowSeconds, type WabbitState } from '../state';

export function savedResponseRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/saved_responses/',
			summary: 'List saved responses',
			handle: (req, res) => {
				res.json(page(req, state().savedResponses));
			},
		}),
		route<SavedResponseCreate>({
			method: 'POST',
			path: '/saved_responses/',
			summary: 'Save a canned answer',
			body: 'SavedResponseCreate',
			response: 'SavedResponse',
			handle: (_req, res, body) => {
				const s = state();
				const saved: SavedResponse = { id: s.nextId.savedResponse++, text: body.text, created_by: currentUser(res).username, timestamp: nowSeconds() };
				s.savedResponses.push(saved);
				res.status(201).json(saved);
			},
		}),
	]);
}
