import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import { invalidBody, notFound } from '../errors';
import { page, personView } from '../lookup';
import type { WabbitState } from '../state';

/** Persons: the WhatsApp users the inbox has talked to. */
export function personRoutes(ctx: ProviderContext, state: () => WabbitState): Router {
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/persons/',
			summary: 'List persons, most recent first',
			handle: (req, res) => {
				const s = state();
				const search = String(req.query.search ?? '')
					.trim()
					.toLowerCase();
				const persons = [...s.persons.values()]
					.filter((p) => !search || p.wa_id.includes(search) || p.name.toLowerCase().includes(search))
					.sort((a, b) => (b.last_message_timestamp ?? 0) - (a.last_message_timestamp ?? 0))
					.map((p) => personView(s, p.wa_id));
				res.json(page(req, persons));
			},
		}),
		route({
			method: 'GET',
			path: '/persons/{wa_id}/',
			summary: 'Get a person',
			response: 'Person',
			handle: (req, res) => {
				const s = state();
				const wa_id = param(req, 'wa_id');
				if (!s.persons.has(wa_id)) throw notFound();
				res.json(personView(s, wa_id));
			},
		}),
	]);
}
