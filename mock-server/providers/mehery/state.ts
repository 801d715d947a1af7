import type { Faker } from '@faker-js/faker';

import type { ProviderContext } from '../../core/types';

import type {
	ChatMessageDTO,
	CompanyVarsConfigDoc,
	ContactType,
	CustomerLabel,
	DigitalEventDto,
	DigitalObjectDto,
	HSMTemplateDoc,
	InBoundMessageStatus,
	MsgChannel,
	OutBoundMsg,
} from '../../../schemas/mehery/types.generated';
import { contactable, openSessionOf, sessionKey } from './lookup';

export interface Account {
	apiKey: string;
	apiId: string;
	appId: string;
	domain: string;
	server: string;
	/** Sent as x-verify-token with every push; issued in Mehery's console (not through the API). */
	verifyToken: string;
	/** Set by POST /config/webhook: where InBoundWrapper notifications go. */
	webhookUrl: string | null;
	/** Where contact-info requests go; set in the console (the mock's control route stands for it). */
	contactInfoUrl: string | null;
}

export interface Channel extends MsgChannel {
	lane: string;
	name: string;
	/** Listed only when the caller asks for sandbox channels. */
	sandbox: boolean;
}

export interface Contact {
	contactId: string;
	channelId: string;
	contactType: ContactType;
	name: string;
	phone?: string;
	email?: string;
	lang?: string;
	profileId?: string;
	labels: CustomerLabel[];
}

export type SessionStatus = 'ACTIVE' | 'RESOLVED' | 'CLOSED';

export interface Session {
	sessionId: string;
	contactId: string;
	channelId: string;
	status: SessionStatus;
	queue: string;
	agent: string;
	team: string;
	skills: string[];
	routingId: string;
	startedAt: number;
	messages: ChatMessageDTO[];
}

export interface SentMessage {
	id: string;
	sessionId: string;
	contactId: string;
	channelId: string;
	status: InBoundMessageStatus;
	statusHistory: InBoundMessageStatus[];
	message: OutBoundMsg;
}

export interface GlobalVar extends CompanyVarsConfigDoc {
	/** Not on the wire: the channel a variable belongs to, for the channelId filter. */
	channelId?: string;
}

export interface MeheryState {
	account: Account;
	channels: Channel[];
	globalVars: GlobalVar[];
	templates: HSMTemplateDoc[];
	contacts: Map<string, Contact>;
	sessions: Map<string, Session>;
	/** Each contact's sessions on its channel, oldest first (sessionKey): finding the open one must not scan every session. */
	sessionsByContact: Map<string, Session[]>;
	sentMessages: Map<string, SentMessage>;
	dataObjects: Map<string, DigitalObjectDto>;
	pushedEvents: DigitalEventDto[];
	contactInfoAnswers: Array<{ contactId: string; answer: unknown; applied: boolean }>;
}

/** The template id of the doc's Send Message example (code FEEDBACK). */
export const DOC_TEMPLATE_ID = '60d236c6142e53561cb7716c';

/** Queue a new session starts in (the doc's example assignment). */
export const DEFAULT_QUEUE = 'SUPPORT';

/** Mongo-style 24 hex ids, like the doc's session and app ids. */
export const objectId = (faker: Faker) => faker.string.hexadecimal({ length: 24, casing: 'lower', prefix: '' });
/** Like the doc's receipt id gBEGkYiEB1VXAglK1ZEqA1YKPrU. */
export const messageId = (faker: Faker) => faker.string.alphanumeric(27);

/** WhatsApp contacts are "wa<user number>_<business number>", as in the doc's examples. */
export function contactIdFor(channel: Channel, handle: string): string {
	if (channel.contactType === 'WHATSAPP' || channel.contactType === 'SMS') return `wa${handle}_${channel.lane}`;
	return `${channel.channelId.split(':')[0]}:${handle}`;
}

export function seedState(faker: Faker): MeheryState {
	const waLane = `91${faker.string.numeric(10)}`;
	const channels: Channel[] = [
		{ channelId: `wa360:${waLane}`, contactType: 'WHATSAPP', lane: waLane, name: 'Customer Support', sandbox: false },
		{ channelId: `fb:${faker.string.numeric(15)}`, contactType: 'FACEBOOK', lane: faker.string.numeric(15), name: 'Facebook Page', sandbox: false },
		{ channelId: `tg:${faker.internet.username().toLowerCase()}_bot`, contactType: 'TELEGRAM', lane: 'telegram', name: 'Telegram Bot', sandbox: false },
		{ channelId: `web:${faker.string.alphanumeric(10)}`, contactType: 'WEBSITE', lane: 'website', name: 'Website Chat', sandbox: false },
	];
	const sandboxLane = `91${faker.string.numeric(10)}`;
	channels.push({ channelId: `wa360:${sandboxLane}`, contactType: 'WHATSAPP', lane: sandboxLane, name: 'WhatsApp Sandbox', sandbox: true });
	const [whatsapp, facebook, , , sandbox] = channels;

	const account: Account = {
		apiKey: faker.string.alphanumeric(40),
		apiId: objectId(faker),
		appId: objectId(faker),
		domain: faker.internet.domainWord(),
		server: 'api.mehery.xyz',
		verifyToken: `${faker.string.alphanumeric(24)}$$$`,
		webhookUrl: null,
		contactInfoUrl: null,
	};

	const contacts = new Map<string, Contact>();
	for (let i = 0; i < 4; i++) {
		const phone = `91${faker.string.numeric(10)}`;
		const contact: Contact = { contactId: contactIdFor(whatsapp, phone), channelId: whatsapp.channelId, contactType: 'WHATSAPP', name: faker.person.fullName(), phone, labels: [] };
		contacts.set(contact.contactId, contact);
	}
	const fbUser = faker.string.numeric(14);
	contacts.set(contactIdFor(facebook, fbUser), { contactId: contactIdFor(facebook, fbUser), channelId: facebook.channelId, contactType: 'FACEBOOK', name: faker.person.fullName(), labels: [] });

	const now = faker.defaultRefDate().getTime();
	const template = (code: string, body: string, approved: Array<[Channel, string]>, lang = 'en_US', id = objectId(faker)): HSMTemplateDoc => {
		return {
			id,
			code,
			name: code.toLowerCase(),
			title: code
				.replace(/_/g, ' ')
				.toLowerCase()
				.replace(/^\w/, (c) => c.toUpperCase()),
			lang,
			body,
			template: body,
			header: '',
			footer: '',
			desc: '',
			category: 'UTILITY',
			categoryType: 'TRANSACTIONAL',
			contactType: 'WHATSAPP',
			formatType: 'TEXT',
			createdBy: 'admin',
			createdStamp: now - faker.number.int({ min: 1, max: 90 }) * 86_400_000,
			approved: approved.map(([channel, status]) => ({ channelId: channel.channelId, status, templateId: faker.string.numeric(15) })),
			attachments: [],
			meta: {},
			model: {},
			options: {},
		};
	};
	const templates = [
		template('ORDER_SHIPPED', 'Hi {{name}}, your order {{order}} has shipped.', [
			[whatsapp, 'APPROVED'],
			[sandbox, 'APPROVED'],
		]),
		// The doc's send example names this template by code and by this id: both lead to it.
		template(
			'FEEDBACK',
			'Thank you for paying {{amount}} {{currency}}. How did we do?',
			[
				[whatsapp, 'APPROVED'],
				[sandbox, 'PENDING'],
			],
			'en_US',
			DOC_TEMPLATE_ID,
		),
		template('PAYMENT_REMINDER', 'Your payment of {{amount}} is due on {{date}}.', [
			[whatsapp, 'REJECTED'],
			[sandbox, 'APPROVED'],
		]),
	];

	const globalVars: GlobalVar[] = [
		{
			id: objectId(faker),
			key: 'SUPPORT_EMAIL',
			value: { text: faker.internet.email() } as object,
			type: 'TEXT',
			group: 'CONTACT',
			description: 'Support e-mail shown to customers',
			domain: account.domain,
			server: account.server,
			disabled: false,
			shared: true,
		},
		{
			id: objectId(faker),
			key: 'OFFICE_HOURS',
			value: { text: 'Mon-Fri 09:00-18:00' } as object,
			type: 'TEXT',
			group: 'CONTACT',
			description: 'Office hours',
			domain: account.domain,
			server: account.server,
			disabled: false,
			shared: true,
		},
		{
			id: objectId(faker),
			key: 'WA_GREETING',
			value: { text: 'Welcome to our WhatsApp support!' } as object,
			type: 'TEXT',
			group: 'CHANNEL',
			description: 'Greeting on WhatsApp',
			domain: account.domain,
			server: account.server,
			disabled: false,
			shared: false,
			channelId: whatsapp.channelId,
		},
	];
	// One code in two languages (Mehery keeps a document per language), seeded last so the data above keeps its values.
	templates.push(
		template('WELCOME', 'Hello {{name}}, welcome to {{company}}! Just reply to this message.', [[whatsapp, 'APPROVED']]),
		template('WELCOME', 'Hallo {{name}}, welkom bij {{company}}! Antwoord gewoon op dit bericht.', [[whatsapp, 'PENDING']], 'nl'),
	);

	return {
		account,
		channels,
		globalVars,
		templates,
		contacts,
		sessions: new Map(),
		sessionsByContact: new Map(),
		sentMessages: new Map(),
		dataObjects: new Map(),
		pushedEvents: [],
		contactInfoAnswers: [],
	};
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
	const key = sessionKey(contact);
	state.sessionsByContact.set(key, [...(state.sessionsByContact.get(key) ?? []), session]);
	return session;
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

/**
 * A fresh mock has one open session (the customer wrote in before the mock started), so the
 * session calls and the doc's session examples can be tried at once: its id is a credential sample.
 */
export function seedOpenSession(ctx: ProviderContext, state: MeheryState, contact: Contact): Session {
	const session = continueOrStartSession(ctx, state, contact);
	const timestamp = ctx.faker.defaultRefDate().getTime();
	session.startedAt = timestamp;
	session.messages.push(
		chatMessage(state, session, contact, { messageId: messageId(ctx.faker), sender: 'CONTACT', type: 'text', text: 'Hello, I have a question about my order', status: 'RECEIVD', timestamp }),
	);
	return session;
}
