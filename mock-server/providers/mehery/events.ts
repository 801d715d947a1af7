import { ControlError } from '../../core/control-api';
import type { ProviderContext } from '../../core/types';
import type { Delivery } from '../../core/webhook-dispatcher';
import type { ContactInfoUpdate, InBoundAction, InBoundEvent, InBoundMessageStatus, InBoundMsg, InBoundMsgStatus, InBoundWrapper, MessageReportError } from '../../../schemas/mehery/types.generated';
import { contactable, contactOf, inboundContact, openSessionOf } from './lookup';
import { chatMessage, continueOrStartSession, messageId, objectId, type Contact, type MeheryState, type SentMessage, type Session } from './state';

/*
 * What Mehery sends on its own: InBoundWrapper notifications to the registered webhook (messages,
 * statuses, events, actions) and contact-info requests to the console's contact-info URL.
 */

export const VERIFY_TOKEN_HEADER = 'x-verify-token';

type Payload =
	{ type: 'messages'; messages: InBoundMsg[] } | { type: 'statuses'; statuses: InBoundMsgStatus[] } | { type: 'events'; events: InBoundEvent[] } | { type: 'actions'; actions: InBoundAction[] };

/**
 * Builds the InBoundWrapper (one kind per delivery, with the contact it concerns) and POSTs it
 * to the registered webhook URL with the x-verify-token header. Without a webhook nothing goes out.
 */
export async function pushNotification(ctx: ProviderContext, state: MeheryState, contact: Contact, payload: Payload): Promise<{ body: InBoundWrapper; delivery?: Delivery }> {
	const { account } = state;
	const body: InBoundWrapper = {
		meta: { appId: account.appId, debug: false, domain: account.domain, server: account.server },
		contacts: [inboundContact(state, contact)],
		...payload,
	};
	const issues = ctx.validator.validate('InBoundWrapper', body);
	if (issues.length) throw new Error(`mock bug: ${payload.type} notification does not match InBoundWrapper: ${JSON.stringify(issues)}`);
	if (!account.webhookUrl) return { body };
	const delivery = await ctx.webhooks.deliver({
		provider: 'mehery',
		event: payload.type,
		url: account.webhookUrl,
		body,
		headers: { [VERIFY_TOKEN_HEADER]: account.verifyToken },
	});
	return { body, delivery };
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
 * An InBoundEvent about a contact (e.g. its language changed): about its open session when it has
 * one, otherwise with the session members empty, since the doc marks them all required.
 */
export function contactEvent(ctx: ProviderContext, state: MeheryState, contact: Contact, eventCode: string): InBoundEvent {
	const open = openSessionOf(state, contact);
	if (open) return sessionEvent(ctx, state, open, eventCode);
	const none = {
		sessionId: '',
		contactId: contact.contactId,
		channelId: contact.channelId,
		status: 'CLOSED' as const,
		queue: '',
		agent: '',
		team: '',
		skills: [],
		routingId: '',
		startedAt: 0,
		messages: [],
	};
	return { ...sessionEvent(ctx, state, none, eventCode), checksum: '' };
}

/** Asks the contact-info URL for a contact's details, stores the answer and applies a valid one. */
export async function requestContactInfo(ctx: ProviderContext, state: MeheryState, contact: Contact, url: string) {
	const delivery = await ctx.webhooks.deliver({
		provider: 'mehery',
		event: 'contactInfo',
		url,
		body: inboundContact(state, contact),
		headers: { [VERIFY_TOKEN_HEADER]: state.account.verifyToken },
	});
	const answer = delivery.response;
	const issues = delivery.state === 'delivered' ? ctx.validator.validate('ContactInfoUpdate', answer ?? {}) : [];
	const applied = delivery.state === 'delivered' && issues.length === 0;
	if (applied) {
		const update = answer as ContactInfoUpdate;
		if (update.name) contact.name = update.name;
		if (update.email) contact.email = update.email;
		if (update.mobile !== undefined && update.mobile !== '') contact.phone = String(update.mobile);
		if (update.profileId) contact.profileId = update.profileId;
		for (const label of update.labels ?? []) {
			contact.labels = [...contact.labels.filter((l) => l.key !== label.key), label];
		}
	}
	state.contactInfoAnswers.push({ contactId: contact.contactId, answer, applied });
	return { contactId: contact.contactId, delivery, answer, applied, issues, contact };
}

/** Delivers a body exactly as given (e.g. a document's printed notification) to the registered webhook, with the account's verify token. */
export async function deliverVerbatim(ctx: ProviderContext, state: MeheryState, body: unknown, printed: Record<string, string>) {
	const url = state.account.webhookUrl;
	if (!url) throw new ControlError('no webhook registered: POST /api/v1/config/webhook first (activating the Mehery Trigger does)');
	const headers = { ...printed, [VERIFY_TOKEN_HEADER]: state.account.verifyToken };
	const delivery = await ctx.webhooks.deliver({ provider: 'mehery', event: 'verbatim', url, body, headers });
	return { delivery };
}
