import { Router } from 'express';

import type { ProviderContext } from '../../../core/types';
import type { DigitalEventDto, DigitalObjectDto } from '../../../../schemas/mehery/types.generated';
import { apiResponse, validateBody } from '../envelope';
import type { MeheryState } from '../state';

export function analyticsRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	const router = Router();

	/** Customer data is kept by id: pushing the same id again replaces it. */
	router.post('/api/v1/data/push', (req, res) => {
		const body = validateBody<DigitalObjectDto>(ctx, 'DigitalObjectDto', req.body);
		const stored: DigitalObjectDto = { ...body, links: body.links ?? [] };
		state().dataObjects.set(`${stored.type} ${stored.id}`, stored);
		res.json(apiResponse(ctx, req, stored));
	});

	router.post('/api/v1/event/push', (req, res) => {
		const body = validateBody<DigitalEventDto>(ctx, 'DigitalEventDto', req.body);
		const stored: DigitalEventDto = { ...body, links: body.links ?? [] };
		state().pushedEvents.push(stored);
		res.json(apiResponse(ctx, req, stored));
	});

	return router;
}
