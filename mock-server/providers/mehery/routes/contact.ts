import { Router } from 'express';

import type { ProviderContext } from '../../../core/types';
import type { ContactPrefsUpdate } from '../../../../schemas/mehery/types.generated';
import { compactResponse, validateBody } from '../envelope';
import { fieldError, MeheryError } from '../errors';
import { contactEvent } from '../sessions';
import type { MeheryState } from '../state';

export function contactRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	const router = Router();

	router.post('/api/v1/contact/prefs/lang', (req, res) => {
		const body = validateBody<ContactPrefsUpdate>(ctx, 'ContactPrefsUpdate', req.body);
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
	});

	return router;
}
