import type { Request } from 'express';
import { randomBytes } from 'node:crypto';

import type { ProviderContext } from '../../core/types';
import type { Contactable, InBoundContact } from '../../../schemas/mehery/types.generated';
import { MeheryError } from './errors';
import type { Contact, MeheryState, Session } from './state';

/*
 * Reading the state for an answer: finding sessions and contacts (with Mehery's 404s), the views of a
 * contact the API prints, and the ApiResponse wrappers every success answer comes in.
 */

/** Where a contact's sessions are indexed (MeheryState.sessionsByContact): its channel and id. */
export const sessionKey = (contact: Pick<Contact, 'contactId' | 'channelId'>) => `${contact.channelId} ${contact.contactId}`;

/** The contact's open (active or resolved) session on its channel, if any. */
export function openSessionOf(state: MeheryState, contact: Contact): Session | undefined {
	return state.sessionsByContact.get(sessionKey(contact))?.find((s) => s.status !== 'CLOSED');
}

export function sessionById(state: MeheryState, sessionId: string): Session {
	const session = state.sessions.get(sessionId);
	if (!session) throw new MeheryError(404, `Session ${sessionId} not found`, [{ field: 'sessionId', code: 'NOT_FOUND', description: 'no such session' }]);
	return session;
}

export function contactOf(state: MeheryState, session: Session): Contact {
	return state.contacts.get(session.contactId)!;
}

export function inboundContact(state: MeheryState, contact: Contact): InBoundContact {
	const channel = state.channels.find((c) => c.channelId === contact.channelId);
	return {
		contactId: contact.contactId,
		channelId: contact.channelId,
		contactType: contact.contactType,
		lane: channel?.lane ?? '',
		csid: channel?.lane,
		profile: { name: contact.name, phone: contact.phone, email: contact.email },
		businessProfile: { name: contact.name, phone: contact.phone, email: contact.email, profileId: contact.profileId },
	};
}

export function contactable(state: MeheryState, contact: Contact): Contactable {
	const channel = state.channels.find((c) => c.channelId === contact.channelId);
	return {
		contactId: contact.contactId,
		contactType: contact.contactType,
		channelType: contact.contactType,
		csid: channel?.lane ?? '',
		lane: channel?.lane ?? '',
		name: contact.name,
		phone: contact.phone ?? '',
		email: contact.email ?? '',
	};
}

const base = (req: Request) => ({
	status: 200,
	statusKey: 'SUCCESS',
	message: 'Success',
	messageKey: 'MESSAGE_SUCCESS',
	timestamp: Date.now(),
	traceid: randomBytes(8).toString('hex'),
	meta: {},
	path: req.path,
});

/**
 * ApiResponse«T,object»: the item in `data`, and in `results` too (list calls: the first item in `data`,
 * the list in `results`), with every member the doc's
 * ApiResponse marks required (empty where a success has nothing to say).
 */
export function apiResponse<T>(ctx: ProviderContext, req: Request, data: T | undefined, results: T[] = data === undefined ? [] : [data]) {
	// Which of the two the real service fills is not documented: the `payload` variant plays each.
	const payload = ctx.variant('payload');
	const list = req.method === 'GET';
	return {
		...base(req),
		...(payload === 'results' ? {} : { data: payload === 'data' && list ? results : data }),
		results: payload === 'data' ? [] : results,
		details: [],
		error: '',
		errors: [],
		exception: '',
		extra: {},
		logs: [],
		params: {},
		query: { ...req.query },
		redirectUrl: '',
		warningKey: '',
		warnings: [],
	};
}

/** ApiResultsMetaCompactResponse«T,object»: a list in `results`. */
export function compactResponse<T>(req: Request, results: T[]) {
	const { path: _path, ...envelope } = base(req);
	return { ...envelope, results };
}
