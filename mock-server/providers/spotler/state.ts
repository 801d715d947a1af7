import { createHash } from 'node:crypto';
import type { Faker } from '@faker-js/faker';

import { hexId } from '../../core/ids';
import { isoString } from '../../core/time';
import type {
	Agent,
	ApiKey,
	Assistant,
	AutomatedMessage,
	Label,
	Note,
	OutgoingMessage,
	Profile,
	Team,
	TemplateCategory,
	TemplateComponent,
	TemplateStatus,
	Webhook,
} from '../../../schemas/spotler/types.generated';

export interface StoredMessage {
	id: string;
	direction: 'inbound' | 'outbound';
	message: OutgoingMessage | Record<string, unknown>;
	createdAt: string;
	/** Last receipt status reported for an outbound message (simulate receipt). */
	status?: string;
}

export interface StoredComment {
	id: string;
	body: string;
	createdAt: string;
	createdBy: string;
}

export interface Conversation {
	id: string;
	channelJid: string;
	contactJid: string;
	status: 'OPEN' | 'CLOSED';
	/** Agent e-mail or assistant JID; null = waiting for the agents. */
	assignee: string | null;
	team: { jid: string } | null;
	labels: string[];
	unreadCount: number | null;
	createdAt: string;
	lastMessageReceivedAt: string | null;
	lastMessageSentAt: string | null;
	messagesReceived: number;
	messagesSent: number;
	messages: StoredMessage[];
	comments: StoredComment[];
}

export interface Contact {
	jid: string;
	name: string;
	reference: string | null;
	remarks: string | null;
	metadata: Record<string, string>;
}

export interface Channel {
	jid: string;
	name: string;
	dataRetentionInDays: number;
	priority: number | null;
}

export interface StoredKey extends ApiKey {
	/** The secret itself; the real API only stores a hash and never returns it. */
	token: string;
}

export interface StoredList {
	jid: string;
	name: string;
	reference: string | null;
	remarks: string | null;
	/** Contact JIDs. */
	participants: string[];
}

/** One language of a template: the API creates per language and reads grouped by name. */
export interface StoredTemplate {
	name: string;
	language: string;
	category: TemplateCategory;
	components: TemplateComponent[];
	status: TemplateStatus;
	rejectedReason?: string;
}

export interface SpotlerState {
	company: { id: string; name: string };
	channels: Channel[];
	/** By channel JID, then contact JID. */
	contacts: Map<string, Map<string, Contact>>;
	/** By `${channelJid} ${contactJid}`. */
	conversations: Map<string, Conversation>;
	keys: StoredKey[];
	/** By channel JID. */
	webhooks: Map<string, Webhook[]>;
	/** Company-wide (one company per mock): shared by every channel. */
	agents: Agent[];
	assistants: Assistant[];
	labels: Label[];
	teams: Team[];
	/** By channel JID. */
	automatedMessages: Map<string, AutomatedMessage[]>;
	blacklist: Map<string, string[]>;
	lists: Map<string, StoredList[]>;
	profiles: Map<string, Profile>;
	templates: Map<string, { namespace: string; templates: StoredTemplate[] }>;
	/** By `${channelJid} ${contactJid}`, like conversations. */
	notes: Map<string, Note[]>;
	/** Channels whose network is down (simulate channel_outage): sending answers 1012. */
	unreachableChannels: Set<string>;
}

export const conversationKey = (channelJid: string, contactJid: string) => `${channelJid} ${contactJid}`;

const HOUR = 3_600_000;

/** 40 lowercase hex characters, like Spotler's message ids (faker's hexadecimal, made faster: see ids.ts). */
export function messageId(faker: Faker): string {
	return hexId(faker, 40);
}

/** Spotler's entity JIDs (labels, teams, lists, assistants) have a millisecond-timestamp local part. */
export function entityJid(faker: Faker, domain: 'label' | 'team' | 'list' | 'ai'): string {
	return `${faker.number.int({ min: 1_500_000_000_000, max: 1_700_000_000_000 })}@${domain}.eazy.im`;
}

/** Spotler writes microseconds: 2020-03-11T19:00:02.000000Z (toISOString always ends in .sssZ). */
export function isoNow(date?: Date): string {
	return `${isoString(date ? date.getTime() : Date.now()).slice(0, -1)}000Z`;
}

/** Deterministic for a seed: ids, names and numbers come from the seeded faker. */
export function seedState(faker: Faker): SpotlerState {
	const now = faker.defaultRefDate().getTime();
	const whatsapp: Channel = {
		jid: `3120${faker.string.numeric(7)}@whatsapp.eazy.im`,
		name: 'WhatsApp',
		dataRetentionInDays: 90,
		priority: null,
	};
	const webchat: Channel = {
		jid: `${faker.string.numeric(16)}@webchat.eazy.im`,
		name: 'Web chat',
		dataRetentionInDays: 30,
		priority: null,
	};
	const messenger: Channel = {
		jid: `${faker.string.numeric(16)}@messenger.eazy.im`,
		name: 'Facebook Messenger',
		dataRetentionInDays: 90,
		priority: null,
	};
	const channels = [whatsapp, webchat, messenger];
	const companyDomain = faker.internet.domainName();
	const salesAssistant: Assistant = { color: 8, description: 'Sales assistant', enabled: true, jid: entityJid(faker, 'ai'), name: 'Sales' };
	const supportAssistant: Assistant = { color: 16, description: 'Answers support questions', enabled: true, jid: entityJid(faker, 'ai'), name: 'Support bot' };
	// Not "Support": the doc's own create examples make a team and a label of that name.
	const teams: Team[] = ['Support team', 'Sales'].map((name, i) => ({
		channels: channels.map((c) => c.jid),
		color: [8, 16][i],
		jid: entityJid(faker, 'team'),
		metadata: null,
		name,
		reference: null,
	}));
	const state: SpotlerState = {
		company: { id: faker.string.uuid(), name: faker.company.name() },
		channels,
		contacts: new Map(channels.map((c) => [c.jid, new Map()])),
		conversations: new Map(),
		keys: [],
		webhooks: new Map(channels.map((c) => [c.jid, []])),
		agents: Array.from({ length: 3 }, (_, i) => {
			const firstName = faker.person.firstName();
			const lastName = faker.person.lastName();
			return {
				email: `${firstName}.${lastName}@${companyDomain}`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
				jid: `${faker.string.uuid()}@agent.eazy.im`,
				name: { firstName, fullName: `${firstName} ${lastName}`, lastName },
				roles: i === 0 ? ['admin', 'user'] : ['user'],
				status: (['ONLINE', 'AWAY', 'OFFLINE'] as const)[i],
				teams: [teams[i % 2].jid],
			};
		}),
		assistants: [salesAssistant, supportAssistant],
		labels: ['Support questions', 'Sales', 'Complaint'].map((name, i) => ({ color: [1, 8, 16][i], jid: entityJid(faker, 'label'), name, priority: null })),
		teams,
		automatedMessages: new Map(
			channels.map((c) => [
				c.jid,
				[
					{ body: 'Sorry, we are currently closed. We will get back to you as soon as possible.', createdAt: isoNow(new Date(now - 900 * HOUR)), enabled: true, type: 'AWAY', updatedAt: null },
					{ body: 'Hi! Thanks for your message. How can we help you?', createdAt: isoNow(new Date(now - 900 * HOUR)), enabled: true, type: 'GREETING', updatedAt: null },
				],
			]),
		),
		blacklist: new Map(channels.map((c) => [c.jid, []])),
		lists: new Map(channels.map((c) => [c.jid, [{ jid: entityJid(faker, 'list'), name: 'Newsletter', reference: null, remarks: null, participants: [] }]])),
		profiles: new Map([
			[
				whatsapp.jid,
				{
					about: 'Welcome! We are here to help you 24/7',
					businessProfile: {
						address: `${faker.location.streetAddress()}, ${faker.location.city()}`,
						description: 'Customer service',
						email: `support@${companyDomain}`,
						vertical: null,
						websites: [`https://www.${companyDomain}/`],
					},
					name: 'WhatsApp',
					phoneNumber: Number(whatsapp.jid.split('@')[0]),
					pictureUrl: `https://cdn.eazy.im/profiles/${faker.string.alphanumeric(12)}.jpg`,
				},
			],
		]),
		templates: new Map(
			channels.map((c) => [c.jid, { namespace: faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }).replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1_$2_$3_$4_'), templates: [] }]),
		),
		notes: new Map(),
		unreachableChannels: new Set(),
	};
	state.templates.get(whatsapp.jid)!.templates.push(
		{
			name: 'delivery_notification',
			language: 'en',
			category: 'TRANSACTIONAL',
			status: 'APPROVED',
			rejectedReason: 'NONE',
			components: [{ type: 'BODY', text: 'Hi {{1}}, your order {{2}} will be delivered on {{3}}.' }],
		},
		{
			name: 'delivery_notification',
			language: 'nl',
			category: 'TRANSACTIONAL',
			status: 'APPROVED',
			rejectedReason: 'NONE',
			components: [{ type: 'BODY', text: 'Hoi {{1}}, je bestelling {{2}} wordt op {{3}} bezorgd.' }],
		},
		// Not support_after_24hours: the doc's create-template example makes that one.
		{ name: 'support_follow_up', language: 'en', category: 'TRANSACTIONAL', status: 'APPROVED', components: [{ type: 'BODY', text: 'Hello {{1}}, how can I help you?' }] },
		{ name: 'hello', language: 'en', category: 'MARKETING', status: 'REJECTED', rejectedReason: 'PROMOTIONAL', components: [{ type: 'BODY', text: 'Hello! Check out our new deals.' }] },
	);
	state.blacklist.get(whatsapp.jid)!.push(`3161${faker.string.numeric(7)}@whatsapp.eazy.im`);

	for (const channel of channels) {
		const domain = channel.jid.split('@')[1];
		for (let i = 0; i < 6; i++) {
			const local = domain.startsWith('whatsapp') ? `316${faker.string.numeric(8)}` : faker.string.numeric(16);
			const contact: Contact = {
				jid: `${local}@${domain}`,
				name: faker.person.fullName(),
				reference: `Customer #${faker.number.int({ min: 100, max: 9999 })}`,
				remarks: null,
				metadata: {},
			};
			state.contacts.get(channel.jid)!.set(contact.jid, contact);
			// The first four contacts wrote in the last few hours (open customer-care window); the
			// last two wrote days ago, so a free-form WhatsApp message to them answers 1015.
			const hoursAgo = i < 4 ? faker.number.int({ min: 1, max: 20 }) : faker.number.int({ min: 30, max: 240 });
			const receivedAt = new Date(now - hoursAgo * HOUR);
			const inbound: StoredMessage = {
				id: messageId(faker),
				direction: 'inbound',
				message: { type: 'text', body: faker.helpers.arrayElement(['Hi, where is my order?', 'Can I change my delivery address?', 'Do you ship to Belgium?', 'I need help with my invoice']) },
				createdAt: isoNow(receivedAt),
			};
			// Contacts 3 and 4 already got an answer from an agent, so a delivery receipt can be
			// simulated for them straight away. The id is derived, not drawn, so adding these
			// messages does not shift the seeded data that follows.
			const answered = i === 2 || i === 3;
			const reply: StoredMessage = {
				id: createHash('sha1').update(`${inbound.id}:reply`).digest('hex'),
				direction: 'outbound',
				message: { type: 'text', body: 'Thanks for your message, we are looking into it.' },
				createdAt: isoNow(new Date(receivedAt.getTime() + 5 * 60_000)),
				status: 'sent',
			};
			state.conversations.set(conversationKey(channel.jid, contact.jid), {
				id: faker.string.alphanumeric(27) + '=',
				channelJid: channel.jid,
				contactJid: contact.jid,
				status: 'OPEN',
				// New conversations start with the support assistant (the bot), which may hand them over.
				assignee: supportAssistant.jid,
				team: null,
				labels: [],
				unreadCount: 1,
				createdAt: isoNow(new Date(receivedAt.getTime() - HOUR)),
				lastMessageReceivedAt: inbound.createdAt,
				lastMessageSentAt: answered ? reply.createdAt : null,
				messagesReceived: 1,
				messagesSent: answered ? 1 : 0,
				messages: answered ? [inbound, reply] : [inbound],
				comments: [],
			});
		}
	}
	const firstContact = [...state.contacts.get(whatsapp.jid)!.keys()][0];
	state.notes.set(conversationKey(whatsapp.jid, firstContact), [
		{
			body: `Customer number #${faker.number.int({ min: 10_000, max: 99_999 })}`,
			createdAt: isoNow(new Date(now - 48 * HOUR)),
			createdBy: state.agents[0].email,
			id: faker.string.uuid(),
			isPinned: true,
			isReadOnly: false,
			updatedAt: null,
			referenceId: 'CUSTOMER_NUMBER',
		},
	]);

	const key = (scope: ApiKey['scope'], description: string, objects: ApiKey['objects']): StoredKey => ({
		token: faker.string.alphanumeric(40),
		cipherKey: null,
		description,
		id: faker.string.uuid(),
		lastUsed: null,
		objects,
		scope,
		whitelist: null,
	});
	state.keys.push(
		key('COMPANY', 'Company key (mock)', [{ jid: state.company.id, type: 'COMPANY' }]),
		// The assistant key is the support assistant's: it reaches every channel and owns the
		// conversations assigned to that assistant.
		key('ASSISTANT', 'Assistant key (mock)', [...channels.map((c) => ({ jid: c.jid, type: 'CHANNEL' })), { jid: supportAssistant.jid, type: 'ASSISTANT' }]),
		key('CHANNEL', 'WhatsApp channel key (mock)', [{ jid: whatsapp.jid, type: 'CHANNEL' }]),
	);
	return state;
}
