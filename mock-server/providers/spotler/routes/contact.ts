import type { Request, Response, Router } from 'express';

import { route, routeTable } from '../../../core/route-table';
import { param, type ProviderContext } from '../../../core/types';
import type { ContactCreateRequest, ContactUpdateRequest, Note, NoteCreateRequest, NoteUpdateRequest } from '../../../../schemas/spotler/types.generated';
import { currentKey, requireScope } from '../auth';
import { invalidBody, SpotlerError } from '../errors';
import { emitInBackground } from '../events';
import { assertContactJid, channelFrom, contactFrom, hasNoWhatsApp } from '../lookup';
import { conversationKey, isoNow, type Contact, type SpotlerState } from '../state';

function splitName(name: string) {
	const [firstName, ...rest] = name.trim().split(/\s+/);
	return { firstName, fullName: name.trim(), lastName: rest.length ? rest.join(' ') : null };
}

/** Who the API says created a note: the assistant JID for API calls (the doc's example), else the company. */
function author(res: Response, state: SpotlerState): string {
	const key = currentKey(res);
	return key.objects.find((o) => o.type === 'ASSISTANT')?.jid ?? state.assistants[0].jid;
}

/** Contacts, their notes and the channel's blacklist. */
export function contactRoutes(ctx: ProviderContext, state: () => SpotlerState): Router {
	const notesOf = (channelJid: string, contactJid: string) => state().notes.get(conversationKey(channelJid, contactJid)) ?? [];

	/** The Contact as the API shows it: no jid (as in the doc), notes embedded without isPinned. */
	const view = (channelJid: string, contact: Contact) => ({
		metadata: Object.keys(contact.metadata).length ? contact.metadata : [],
		name: splitName(contact.name),
		notes: notesOf(channelJid, contact.jid).map(({ isPinned: _pinned, ...note }) => note),
		phoneNumber: /^\d+@(whatsapp|sms)\./.test(contact.jid) ? Number(contact.jid.split('@')[0]) : null,
		reference: contact.reference,
		remarks: contact.remarks,
		type: 'INDIVIDUAL',
	});

	const findNote = (channelJid: string, contactJid: string, id: string): Note => {
		const note = notesOf(channelJid, contactJid).find((n) => n.id === id);
		if (!note) throw new SpotlerError(1009, `Note ${id} not found`);
		return note;
	};
	/** The channel's blacklist and the contact JID of the path, which must be well formed. */
	const blacklistEntry = (req: Request, res: Response) => {
		const channel = channelFrom(state(), req, res);
		const jid = param(req, 'contactJid');
		assertContactJid(channel, jid);
		return { channel, jid, list: state().blacklist.get(channel.jid)! };
	};
	return routeTable(ctx, invalidBody, [
		// The blacklist routes come first: "blacklist" would otherwise be read as a contact JID.
		route({
			method: 'GET',
			path: '/channels/{channelJid}/contacts/blacklist',
			summary: 'Read the blacklist',
			response: 'Blacklist',
			before: [requireScope('channel')],
			handle: (req, res) => {
				res.json(state().blacklist.get(channelFrom(state(), req, res).jid));
			},
		}),
		route({
			method: 'POST',
			path: '/channels/{channelJid}/contacts/blacklist/{contactJid}',
			summary: 'Block a contact',
			before: [requireScope('channel')],
			handle: (req, res) => {
				const { jid, list } = blacklistEntry(req, res);
				if (!list.includes(jid)) list.push(jid);
				res.status(204).end();
			},
		}),
		route({
			method: 'DELETE',
			path: '/channels/{channelJid}/contacts/blacklist/{contactJid}',
			summary: 'Unblock a contact',
			before: [requireScope('channel')],
			handle: (req, res) => {
				const { channel, jid, list } = blacklistEntry(req, res);
				if (!list.includes(jid)) throw new SpotlerError(1009, `${jid} is not blacklisted`);
				state().blacklist.set(
					channel.jid,
					list.filter((j) => j !== jid),
				);
				res.status(204).end();
			},
		}),
		route<ContactCreateRequest>({
			method: 'POST',
			path: '/channels/{channelJid}/contacts',
			summary: 'Create a contact',
			body: 'ContactCreateRequest',
			response: 'Contact',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const channel = channelFrom(state(), req, res);
				assertContactJid(channel, body.jid);
				const contacts = state().contacts.get(channel.jid)!;
				if (contacts.has(body.jid)) throw new SpotlerError(1014, `Already exists: contact ${body.jid}`);
				if (channel.jid.endsWith('@whatsapp.eazy.im') && hasNoWhatsApp(body.jid)) throw new SpotlerError(1007);
				const contact: Contact = { jid: body.jid, name: body.name ?? body.jid.split('@')[0], reference: body.reference ?? null, remarks: body.remarks ?? null, metadata: {} };
				contacts.set(contact.jid, contact);
				res.status(201).json(view(channel.jid, contact));
			},
		}),
		route({
			method: 'GET',
			path: '/channels/{channelJid}/contacts/{contactJid}',
			summary: 'Read a contact',
			response: 'Contact',
			before: [requireScope('channel')],
			handle: (req, res) => {
				const channel = channelFrom(state(), req, res);
				res.json(view(channel.jid, contactFrom(state(), channel, req)));
			},
		}),
		route<ContactUpdateRequest>({
			method: 'PATCH',
			path: '/channels/{channelJid}/contacts/{contactJid}',
			summary: 'Update a contact',
			body: 'ContactUpdateRequest',
			response: 'Contact',
			before: [requireScope('channel')],
			handle: (req, res, body) => {
				const channel = channelFrom(state(), req, res);
				const contact = contactFrom(state(), channel, req);
				Object.assign(contact, body);
				res.json(view(channel.jid, contact));
			},
		}),
		route({
			method: 'DELETE',
			path: '/channels/{channelJid}/contacts/{contactJid}',
			summary: 'Delete a contact with its messages, notes and conversation',
			before: [requireScope('channel')],
			handle: (req, res) => {
				const s = state();
				const channel = channelFrom(s, req, res);
				const contact = contactFrom(s, channel, req);
				// "Deletes the contact including all its messages and all other data belonging to it."
				const key = conversationKey(channel.jid, contact.jid);
				s.contacts.get(channel.jid)!.delete(contact.jid);
				s.conversations.delete(key);
				s.notes.delete(key);
				for (const list of s.lists.get(channel.jid)!) list.participants = list.participants.filter((p) => p !== contact.jid);
				res.status(204).end();
			},
		}),
		route<NoteCreateRequest>({
			method: 'POST',
			path: '/channels/{channelJid}/contacts/{contactJid}/notes',
			summary: 'Create a note',
			body: 'NoteCreateRequest',
			response: 'Note',
			before: [requireScope('assistant')],
			handle: (req, res, body) => {
				const s = state();
				const channel = channelFrom(s, req, res);
				const contact = contactFrom(s, channel, req);
				const note: Note = {
					body: body.body,
					createdAt: isoNow(),
					createdBy: author(res, s),
					id: ctx.faker.string.uuid(),
					isPinned: false,
					isReadOnly: false,
					updatedAt: null,
					referenceId: body.referenceId ?? null,
				};
				const key = conversationKey(channel.jid, contact.jid);
				s.notes.set(key, [...notesOf(channel.jid, contact.jid), note]);
				res.status(201).json(note);
				emitInBackground(ctx, s, 'note', channel.jid, contact.jid, { note: { action: 'created', note } });
			},
		}),
		route({
			method: 'GET',
			path: '/channels/{channelJid}/contacts/{contactJid}/notes',
			summary: "List a contact's notes",
			response: 'Note',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				const channel = channelFrom(state(), req, res);
				const contact = contactFrom(state(), channel, req);
				res.json(notesOf(channel.jid, contact.jid));
			},
		}),
		route<NoteUpdateRequest>({
			method: 'PATCH',
			path: '/channels/{channelJid}/contacts/{contactJid}/notes/{id}',
			summary: 'Update a note',
			body: 'NoteUpdateRequest',
			response: 'Note',
			before: [requireScope('assistant')],
			handle: (req, res, body) => {
				const channel = channelFrom(state(), req, res);
				const contact = contactFrom(state(), channel, req);
				const note = findNote(channel.jid, contact.jid, param(req, 'id'));
				// A read-only note can only be made editable again.
				if (note.isReadOnly && Object.keys(body).some((field) => field !== 'isReadOnly')) throw new SpotlerError(1002, 'Access denied: the note is read-only');
				Object.assign(note, body, { updatedAt: isoNow() });
				res.json(note);
			},
		}),
		route({
			method: 'DELETE',
			path: '/channels/{channelJid}/contacts/{contactJid}/notes/{id}',
			summary: 'Delete a note',
			before: [requireScope('assistant')],
			handle: (req, res) => {
				const s = state();
				const channel = channelFrom(s, req, res);
				const contact = contactFrom(s, channel, req);
				const note = findNote(channel.jid, contact.jid, param(req, 'id'));
				s.notes.set(
					conversationKey(channel.jid, contact.jid),
					notesOf(channel.jid, contact.jid).filter((n) => n !== note),
				);
				res.status(204).end();
				emitInBackground(ctx, s, 'note', channel.jid, contact.jid, { note: { action: 'deleted', note } });
			},
		}),
	]);
}
