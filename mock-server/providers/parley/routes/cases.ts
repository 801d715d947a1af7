import { Router, type Request } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import { ParleyError } from '../errors';
import type { ParleyState, StoredCase } from '../state';
import { sendPayload } from '../variants';

/** Case actions from KPN's Cases API (catalogue Appendix A.2, external); ids are path strings. */
export function caseRoutes(ctx: Pick<ProviderContext, 'variant'>, state: () => ParleyState): Router {
	const router = Router();

	const findCase = (req: Request): StoredCase => {
		const s = state();
		const searchId = param(req, 'searchId');
		const caseId = param(req, 'caseId');
		if (!s.configuration.account.searches.some((p) => String(p.id) === searchId)) throw new ParleyError(404, `Search ${searchId} not found`);
		const found = s.cases.find((c) => String(c.id) === caseId && String(c.searchId) === searchId);
		if (!found) throw new ParleyError(404, `Case ${caseId} not found in search ${searchId}`);
		return found;
	};
	const view = (c: StoredCase) => ({ id: c.id, searchId: c.searchId, source: c.source, status: c.status, handlerId: c.handlerId });

	router.post('/searches/:searchId/cases/:caseId/close', (req, res) => {
		const found = findCase(req);
		found.status = 'closed';
		sendPayload(req, res, ctx.variant, 'case', view(found));
	});

	/** Despite sitting under /close/, handing over keeps the case open: it changes the handler. */
	router.post('/searches/:searchId/cases/:caseId/close/handOverToHandler/:handlerId', (req, res) => {
		const found = findCase(req);
		const handlerId = param(req, 'handlerId');
		const user = state().configuration.account.users.find((u) => String(u.id) === handlerId);
		if (!user) throw new ParleyError(404, `Handler ${handlerId} not found`);
		found.handlerId = user.id;
		sendPayload(req, res, ctx.variant, 'case', view(found));
	});

	router.post('/searches/:searchId/cases/:caseId/releaseHandler', (req, res) => {
		const found = findCase(req);
		found.handlerId = null;
		sendPayload(req, res, ctx.variant, 'case', view(found));
	});

	return router;
}
