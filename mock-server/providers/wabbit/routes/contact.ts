import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { ContactVerifyRequest, ContactVerifyResponse, ResolvedContact } from '../../../../schemas/wabbit/types.generated';
import { invalidBody } from '../errors';
import { personView } from '../lookup';
import type { WabbitState } from '../state';

const digits = (text: string) => text.replace(/\D/g, '');

/** Contacts: looked up live in the connected Contact Providers. */
export function contactRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/contacts/',
			summary: 'List or search contacts in the Contact Providers',
			/**
			 * limit is per provider; there is no offset: pages are followed through `next`, whose `page`
			 * parameter is this mock provider's own cursor. No `previous`, as in the doc.
			 */
			handle: (req, res) => {
				const s = state();
				const search = String(req.query.search ?? '')
					.trim()
					.toLowerCase();
				const limit = Math.max(1, Number(req.query.limit) || 10);
				const pageIndex = Math.max(0, Number(req.query.page) || 0);
				let count = 0;
				let more = false;
				const results = s.contactProviders.flatMap((provider) => {
					const matching = provider.results.filter((r) => !search || r.name.toLowerCase().includes(search) || r.phone_numbers.some((p) => digits(p.phone_number).includes(digits(search) || '\u0000')));
					count += matching.length;
					if ((pageIndex + 1) * limit < matching.length) more = true;
					return matching.slice(pageIndex * limit, (pageIndex + 1) * limit);
				});
				const next = new URL(`${req.protocol}://${req.get('host')}${req.originalUrl}`);
				next.searchParams.set('page', String(pageIndex + 1));
				next.searchParams.set('limit', String(limit));
				res.json({ count, next: more ? next.toString() : null, results });
			},
		}),
		route<ContactVerifyRequest>({
			method: 'POST',
			path: '/contacts/verify/',
			summary: 'Check which phone numbers are on WhatsApp',
			body: 'ContactVerifyRequest',
			response: 'ContactVerifyResponse',
			handle: (_req, res, body) => {
				const s = state();
				const response: ContactVerifyResponse = {
					contacts: body.contacts.map((input) => {
						const wa_id = digits(input);
						if (wa_id.length < 8 || wa_id.length > 15) return { input, status: 'invalid' as const };
						// Known chats are valid; in this mock, other well-formed numbers are on WhatsApp unless they end in 0.
						return s.persons.has(wa_id) || !wa_id.endsWith('0') ? { wa_id, input, status: 'valid' as const } : { input, status: 'invalid' as const };
					}),
				};
				res.json(response);
			},
		}),
		route({
			method: 'GET',
			path: '/contacts/{wa_id}/',
			summary: 'Resolve a WhatsApp number in every Contact Provider',
			response: 'ResolvedContact',
			handle: (req, res) => {
				const s = state();
				const wa_id = digits(param(req, 'wa_id'));
				const resolved: ResolvedContact = {
					person: s.persons.has(wa_id) ? personView(s, wa_id) : null,
					contact_provider_results: s.contactProviders.flatMap((p) => p.results.filter((r) => r.phone_numbers.some((n) => digits(n.phone_number) === wa_id))),
				};
				res.json(resolved);
			},
		}),
	]);
}
