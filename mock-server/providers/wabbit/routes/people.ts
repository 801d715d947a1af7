import { Router } from 'express';

import { param, type ProviderContext } from '../../../core/types';
import type { ContactVerifyRequest, ContactVerifyResponse, ResolvedContact } from '../../../../schemas/wabbit/types.generated';
import { notFound } from '../errors';
import type { WabbitState } from '../state';
import { page, personView, validateBody } from '../views';

const digits = (text: string) => text.replace(/\D/g, '');

/** Persons (WhatsApp users the inbox knows) and Contacts (looked up in Contact Providers). */
export function peopleRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	const router = Router();

	router.get('/persons/', (req, res) => {
		const s = state();
		const search = String(req.query.search ?? '').trim().toLowerCase();
		const persons = [...s.persons.values()]
			.filter((p) => !search || p.wa_id.includes(search) || p.name.toLowerCase().includes(search))
			.sort((a, b) => (b.last_message_timestamp ?? 0) - (a.last_message_timestamp ?? 0))
			.map((p) => personView(s, p.wa_id));
		res.json(page(req, persons));
	});
	router.get('/persons/:wa_id/', (req, res) => {
		const s = state();
		const wa_id = param(req, 'wa_id');
		if (!s.persons.has(wa_id)) throw notFound();
		res.json(personView(s, wa_id));
	});

	/**
	 * limit is per provider; there is no offset: pages are followed through `next`, whose `page`
	 * parameter is this mock provider's own cursor. No `previous`, as in the doc.
	 */
	router.get('/contacts/', (req, res) => {
		const s = state();
		const search = String(req.query.search ?? '').trim().toLowerCase();
		const limit = Math.max(1, Number(req.query.limit) || 10);
		const pageIndex = Math.max(0, Number(req.query.page) || 0);
		let count = 0;
		let more = false;
		const results = s.contactProviders.flatMap((provider) => {
			const matching = provider.results.filter(
				(r) => !search || r.name.toLowerCase().includes(search) || r.phone_numbers.some((p) => digits(p.phone_number).includes(digits(search) || '\u0000')),
			);
			count += matching.length;
			if ((pageIndex + 1) * limit < matching.length) more = true;
			return matching.slice(pageIndex * limit, (pageIndex + 1) * limit);
		});
		const next = new URL(`${req.protocol}://${req.get('host')}${req.originalUrl}`);
		next.searchParams.set('page', String(pageIndex + 1));
		next.searchParams.set('limit', String(limit));
		res.json({ count, next: more ? next.toString() : null, results });
	});

	router.post('/contacts/verify/', (req, res) => {
		const s = state();
		const body = validateBody<ContactVerifyRequest>(ctx, 'ContactVerifyRequest', req.body);
		const response: ContactVerifyResponse = {
			contacts: body.contacts.map((input) => {
				const wa_id = digits(input);
				if (wa_id.length < 8 || wa_id.length > 15) return { input, status: 'invalid' as const };
				// Known chats are valid; in this mock, other well-formed numbers are on WhatsApp unless they end in 0.
				return s.persons.has(wa_id) || !wa_id.endsWith('0') ? { wa_id, input, status: 'valid' as const } : { input, status: 'invalid' as const };
			}),
		};
		res.json(response);
	});

	router.get('/contacts/:wa_id/', (req, res) => {
		const s = state();
		const wa_id = digits(param(req, 'wa_id'));
		const resolved: ResolvedContact = {
			person: s.persons.has(wa_id) ? personView(s, wa_id) : null,
			contact_provider_results: s.contactProviders.flatMap((p) => p.results.filter((r) => r.phone_numbers.some((n) => digits(n.phone_number) === wa_id))),
		};
		res.json(resolved);
	});
	return router;
}
