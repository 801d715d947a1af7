import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import type { ProviderContext } from '../../../core/types';
import type { ContactPrefsUpdate } from '../../../../schemas/mehery/types.generated';
import { fieldError, invalidBody, MeheryError } from '../errors';
import { contactEvent } from '../events';
import { compactResponse } from '../lookup';
import type { MeheryState } from '../state';

export function contactRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	return routeTable(ctx, invalidBody, [
		route<ContactPrefsUpdate>({
			method: 'POST',
			path: '/api/v1/contact/prefs/lang',
			summary: 'Contact Preferences',
			body: 'ContactPrefsUpdate',
			response: 'ApiResultsMetaCompactResponse_InBoundEvent_object_',
			handle(req, res, body) {
				const form = ctx.variant('language');
				const withRegion = /^[a-z]{2}[_-][a-z]{2}$/i.test(body.lang);
				if ((form === 'locale' && !withRegion) || (form === 'code' && withRegion)) {
					throw fieldError('lang', form === 'locale' ? `must be a language with a region, e.g. en_US (got ${body.lang})` : `must be a two-letter language code, e.g. EN (got ${body.lang})`);
				}
				const s = state();
				const contact = s.contacts.get(body.contactId);
				if (!contact) throw new MeheryError(404, `Contact ${body.contactId} not found`, [{ field: 'contactId', code: 'NOT_FOUND', description: 'no such contact' }]);
				contact.lang = body.lang;
				// The doc answers with InBoundEvents without naming any; the mock reports the change as one.
				res.json(compactResponse(req, [contactEvent(ctx, s, contact, 'CONTACT_LANG_UPDATED')]));
			},
		}),
	]);
}
