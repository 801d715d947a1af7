import type { ProviderContext } from '../../core/types';
import type { ChatMessageDTO, InBoundEvent, InBoundMessageStatus, InBoundMsg, MessageReportError } from '../../../schemas/mehery/types.generated';
import { MeheryError } from './errors';
import { contactable, pushNotification } from './push';
import { DEFAULT_QUEUE, messageId, objectId, type Contact, type MeheryState, type SentMessage, type Session } from './state';

/** The contact's open (active or resolved) session on its channel, if any. */
export function openSessionOf(state: MeheryState, contact: Contact): Session | undefined {
	return [...state.sessions.values()].find((s) => s.contactId === contact.contactId && s.channelId === contact.channelId && s.status !== 'CLOSED');
}

/** The contact's open (active or resolved) session on its channel, or a new one. */
export function continueOrStartSession(ctx: ProviderContext, state: MeheryState, contact: Contact): Session {
	const open = openSessionOf(state, contact);
	if (open) return open;
	const session: Session = {
		sessionId: objectId(ctx.faker),
		contactId: contact.contactId,
		channelId: contact.channelId,
		status: 'ACTIVE',
		queue: DEFAULT_QUEUE,
		agent: '',
		team: '',
		skills: [],
		routingId: ctx.faker.string.uuid(),
		startedAt: Date.now(),
		messages: [],
	};
	state.sessions.set(session.sessionId, session);
	return session;
}

export function sessionById(state: MeheryState, sessionId: string): Session {
	const session = state.sessions.get(sessionId);
	if (!session) throw new MeheryError(404, `Session ${sessionId} not found`, [{ field: 'sessionId', code: 'NOT_FOUND', description: 'no such session' }]);
	return session;
}

export function contactOf(state: MeheryState, session: Session): Contact {
	return state.contacts.get(session.contactId)!;
}

/** An InBoundEvent about a session, as returned by the session calls and pushed to the webhook. */
export function sessionEvent(ctx: ProviderContext, state: MeheryState, session: Session, eventCode: string, extra: Partial<InBoundEvent> = {}): InBoundEvent {
	const contact = contactOf(state, session);
	return {
		eventId: objectId(ctx.faker),
		eventCode,
		sessionId: session.sessionId,
		contactId: contact.contactId,
		contact: contactable(state, contact),
		checksum: ctx.faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
		route: { queueCode: session.queue, routerId: session.routingId, sendMode: 'AUTO', senderApp: state.account.appId, senderCode: 'API', senderType: 'APP' },
		session: {
			agent: session.agent,
			bot: '',
			dept: session.team || session.queue,
			queue: session.queue,
			mode: session.agent ? 'AGENT' : 'QUEUE',
			firstMessage: session.messages.length <= 1,
			initMessage: false,
			resolved: session.status === 'RESOLVED',
			routingId: session.routingId,
			sessionStamp: session.startedAt,
			ticketHash: session.sessionId.slice(-8),
		},
		// The doc marks both required on every event: unchanged assignment unless the event routes.
		sessionAssigned: { oldAgent: session.agent, newAgent: session.agent, oldDept: session.team || session.queue, newDept: session.team || session.queue, oldBot: '', newBot: '' },
		sessionRouted: { routingId: session.routingId, sourceQueue: session.queue, targetQueue: session.queue, sessionStart: false, params: {} },
		trace: [],
		...extra,
	};
}

/** Records a customer message in their session (reopening a resolved one) and pushes it. */
export async function receiveInbound(ctx: ProviderContext, state: MeheryState, contact: Contact, content: Pick<InBoundMsg, 'type'> & Partial<InBoundMsg>) {
	const session = continueOrStartSession(ctx, state, contact);
	if (session.status === 'RESOLVED') session.status = 'ACTIVE';
	const id = messageId(ctx.faker);
	const timestamp = Date.now();
	const message: InBoundMsg = {
		id,
		messageIdExt: `wamid.${ctx.faker.string.alphanumeric(24)}`,
		contactId: contact.contactId,
		from: contact.phone ?? contact.contactId,
		timestamp,
		originalMessage: {},
		// What later inbound messages carry after routing: the queue and the agent.
		session: { sessionId: session.sessionId, assignedToDept: session.queue, assignedToAgent: session.agent, routingId: session.routingId },
		...content,
	};
	session.messages.push(chatMessage(state, session, contact, { messageId: id, sender: 'CONTACT', type: content.type, text: content.text?.body ?? '', status: 'RECEIVD', timestamp }));
	const pushed = await pushNotification(ctx, state, contact, { type: 'messages', messages: [message] });
	return { message, session, ...pushed };
}

export function chatMessage(state: MeheryState, session: Session, contact: Contact, fields: Partial<ChatMessageDTO> & { messageId: string; timestamp: number }): ChatMessageDTO {
	return {
		sessionId: session.sessionId,
		contact: contactable(state, contact),
		name: contact.name,
		route: { queueCode: session.queue, routerId: session.routingId, sendMode: 'AUTO', senderApp: state.account.appId, senderCode: session.agent, senderType: 'APP' },
		action: '',
		attachments: [],
		bulkSessionId: '',
		vccards: [],
		logs: [],
		messageIdExt: '',
		messageIdRef: '',
		meta: {},
		options: {},
		replyId: '',
		replyIdExt: '',
		replyTo: {},
		tags: { categories: [], cities: [], countries: [], langs: [], locations: [], organizations: [], persons: [], sentimentScore: 0, sentiments: [] },
		template: '',
		templateId: '',
		stamps: { [fields.status ?? 'SENT']: fields.timestamp },
		...fields,
	};
}

const STATUS_FLOW: InBoundMessageStatus[] = ['SENT', 'DLVRD', 'READ'];

/**
 * Numbers ending in 0000 are unreachable on the mock: their messages fail with WhatsApp's 470,
 * so FAILD can be exercised.
 */
export const unreachable = (contact: Contact) => /0000$/.test(contact.phone ?? '');

const FAILURE: MessageReportError = {
	code: 470,
	title: 'Failed to send message because you are outside the support window for freeform messages to this user. Please use a valid HSM notification or reconsider.',
	href: 'https://developers.facebook.com/docs/whatsapp/api/errors#error',
};

/** Moves one sent message to a status, records it, and pushes it to the webhook. */
export async function setStatus(ctx: ProviderContext, state: MeheryState, sent: SentMessage, status: InBoundMessageStatus) {
	sent.status = status;
	sent.statusHistory.push(status);
	const session = state.sessions.get(sent.sessionId);
	const stored = session?.messages.find((m) => m.messageId === sent.id);
	const timestamp = Date.now();
	if (stored) {
		stored.status = status;
		stored.stamps = { ...(stored.stamps ?? {}), [status]: timestamp };
	}
	const contact = state.contacts.get(sent.contactId)!;
	return pushNotification(ctx, state, contact, {
		type: 'statuses',
		statuses: [{ id: sent.id, messageIdExt: `wamid.${sent.id}`, contactId: sent.contactId, status, timestamp, errors: status === 'FAILD' ? [FAILURE] : [] }],
	});
}

/** SENT → DLVRD → READ (or SENT → FAILD), each pushed once the previous push is done. */
export async function progressStatuses(ctx: ProviderContext, state: MeheryState, sent: SentMessage): Promise<void> {
	const contact = state.contacts.get(sent.contactId)!;
	const flow: InBoundMessageStatus[] = unreachable(contact) ? ['SENT', 'FAILD'] : STATUS_FLOW;
	for (const status of flow) await setStatus(ctx, state, sent, status);
}

/**
 * A fresh mock has one open session (the customer wrote in before the mock started), so the
 * session calls and the doc's session examples can be tried at once: its id is a credential sample.
 */
export function seedOpenSession(ctx: ProviderContext, state: MeheryState, contact: Contact): Session {
	const session = continueOrStartSession(ctx, state, contact);
	const timestamp = ctx.faker.defaultRefDate().getTime();
	session.startedAt = timestamp;
	session.messages.push(chatMessage(state, session, contact, { messageId: messageId(ctx.faker), sender: 'CONTACT', type: 'text', text: 'Hello, I have a question about my order', status: 'RECEIVD', timestamp }));
	return session;
}

/**
 * An InBoundEvent about a contact (e.g. its language changed): about its open session when it has
 * one, otherwise with the session members empty, since the doc marks them all required.
 */
export function contactEvent(ctx: ProviderContext, state: MeheryState, contact: Contact, eventCode: string): InBoundEvent {
	const open = openSessionOf(state, contact);
	if (open) return sessionEvent(ctx, state, open, eventCode);
	const none = { sessionId: '', contactId: contact.contactId, channelId: contact.channelId, status: 'CLOSED' as const, queue: '', agent: '', team: '', skills: [], routingId: '', startedAt: 0, messages: [] };
	return { ...sessionEvent(ctx, state, none, eventCode), checksum: '' };
}
