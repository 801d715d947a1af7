import type { Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { ListCreateRequest } from '../../../../schemas/spotler/types.generated';
import { requireScope } from '../auth';
import { invalidBody, SpotlerError } from '../errors';
import { channelFrom, contactFrom } from '../lookup';
import { entityJid, type SpotlerState, type StoredList } from '../state';

/** The list as the API shows it; the doc names a list like a contact ({fullName}). */
function listView(list: StoredList) {
	return { jid: list.jid, metadata: [], name: { fullName: list.name }, notes: [], reference: list.reference, remarks: list.remarks, type: 'LIST' };
}

export function listRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const listsOf = (channelJid: string) => state().lists.get(channelJid)!;
	const findList = (channelJid: string, jid: string) => {
		const list = listsOf(channelJid).find((l) => l.jid === jid);
		if (!list) throw new SpotlerError(1009, `List ${jid} not found`);
		return list;
	};
	return routeTable(ctx, invalidBody, [
		route({
			method: 'GET',
			path: '/channels/{channelJid}/lists',
			summary: 'List contact lists',
			response: 'ContactList',
			before: [requireScope('channel')],
			handle: (req, res) => {
				res.json(listsOf(channelFrom(state(), req, res).jid).map(listView));
			},
		}),
		// The doc writes this one path with {channelId}; it is the channel JID like everywhere else.
		route<ListCreateRequest>({
			method: 'POST',
			path: '/channels/{channelJid}/lists',
			summary: 'Create a contact list',
			body: 'ListCreateRequest',
			response: 'ContactList',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const channel = channelFrom(state(), req, res);
				if (listsOf(channel.jid).some((l) => l.name.toLowerCase() === body.name.toLowerCase())) throw new SpotlerError(1014, `Already exists: list "${body.name}"`);
				const list: StoredList = { jid: entityJid(ctx.faker, 'list'), name: body.name, reference: null, remarks: null, participants: [] };
				listsOf(channel.jid).push(list);
				res.status(201).json({ ...listView(list), contacts: [] });
			},
		}),
		route({
			method: 'POST',
			path: '/channels/{channelJid}/lists/{listJid}/participants/{contactJid}',
			summary: 'Add a contact to a list',
			before: [requireScope('channel')],
			handle: (req, res) => {
				const channel = channelFrom(state(), req, res);
				const list = findList(channel.jid, param(req, 'listJid'));
				const contact = contactFrom(state(), channel, req);
				if (list.participants.includes(contact.jid)) throw new SpotlerError(1014, `Already exists: ${contact.jid} is on the list`);
				list.participants.push(contact.jid);
				// 200 with an empty array, as in the doc.
				res.status(200).json([]);
			},
		}),
		route({
			method: 'DELETE',
			path: '/channels/{channelJid}/lists/{listJid}/participants/{contactJid}',
			summary: 'Remove a contact from a list',
			before: [requireScope('channel')],
			handle: (req, res) => {
				const channel = channelFrom(state(), req, res);
				const list = findList(channel.jid, param(req, 'listJid'));
				const jid = param(req, 'contactJid');
				if (!list.participants.includes(jid)) throw new SpotlerError(1009, `${jid} is not on the list`);
				list.participants = list.participants.filter((p) => p !== jid);
				res.status(200).json([]);
			},
		}),
	]);
}
