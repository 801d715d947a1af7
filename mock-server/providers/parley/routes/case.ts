import type { Request, Response, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import { invalidBody } from '../errors';
import { findCase, findHandler } from '../lookup';
import type { ParleyState, StoredCase } from '../state';
import { sendPayload } from '../variants';

/** Case actions from KPN's Cases API (catalogue Appendix A.2, external); ids are path strings. */
export function caseRoutes(ctx: ProviderContext, state: () => ParleyState): Router {
	const caseOf = (req: Request) => findCase(state(), param(req, 'searchId'), param(req, 'caseId'));
	const sendCase = (req: Request, res: Response, c: StoredCase) =>
		sendPayload(req, res, ctx.variant, 'case', { id: c.id, searchId: c.searchId, source: c.source, status: c.status, handlerId: c.handlerId });

	return routeTable(ctx, invalidBody, [
		route({
			method: 'POST',
			path: '/searches/{searchId}/cases/{caseId}/close',
			summary: 'Close a case',
			response: 'SuccessEnvelope',
			handle: (req, res) => {
				const found = caseOf(req);
				found.status = 'closed';
				sendCase(req, res, found);
			},
		}),
		/** Despite sitting under /close/, handing over keeps the case open: it changes the handler. */
		route({
			method: 'POST',
			path: '/searches/{searchId}/cases/{caseId}/close/handOverToHandler/{handlerId}',
			summary: 'Hand a case over to a handler',
			response: 'SuccessEnvelope',
			handle: (req, res) => {
				const found = caseOf(req);
				found.handlerId = findHandler(state(), param(req, 'handlerId')).id;
				sendCase(req, res, found);
			},
		}),
		route({
			method: 'POST',
			path: '/searches/{searchId}/cases/{caseId}/releaseHandler',
			summary: 'Release the handler of a case',
			response: 'SuccessEnvelope',
			handle: (req, res) => {
				const found = caseOf(req);
				found.handlerId = null;
				sendCase(req, res, found);
			},
		}),
	]);
}
