import { Router } from 'express';

import type { ProviderContext } from '../../../core/types';
import type { ContactPrefsUpdate } from '../../../../schemas/mehery/types.generated';
import { compactResponse, validateBody } from '../envelope';
import { MeheryError } from '../errors';
import { contactable } from '../push';
import { objectId, type MeheryState } from '../state';

export function contactRoutes(ctx: ProviderContext, state: () => MeheryState): Router {
	const router = Router();

	router.post('/api/v1/contact/prefs/lang', (req, res) => {
		const body = validateBody<ContactPrefsUpdate>(ctx, 'ContactPrefsUpdate', req.body);
		const s = state();
		const contact = s.contacts.get(body.contactId);
		if (!contact) throw new MeheryError(404, `Contact ${body.contactId} not found`, [{ field: 'contactId', code: 'NOT_FOUND', description: 'no such contact' }]);
		contact.lang = body.lang;
		// The doc answers with InBoundEvents without naming any; the mock reports the change as one.
		res.json(compactResponse(req, [{ eventId: objectId(ctx.faker), eventCode: 'CONTACT_LANG_UPDATED', contactId: contact.contactId, contact: contactable(s, contact), trace: [] }]));
	});

	return router;
}
