import type { Faker } from '@faker-js/faker';

import type { ApiKey, OutgoingMessage, Webhook } from '../../../schemas/spotler/types.generated';

export interface StoredMessage {
	id: string;
	direction: 'inbound' | 'outbound';
	message: OutgoingMessage | Record<string, unknown>;
	createdAt: string;
}

export interface Conversation {
	id: string;
	channelJid: string;
	contactJid: string;
	status: 'OPEN' | 'CLOSED';
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
}

export const conversationKey = (channelJid: string, contactJid: string) => `${channelJid} ${contactJid}`;

const HOUR = 3_600_000;

/** 40 lowercase hex characters, like Spotler's message ids. */
export function messageId(faker: Faker): string {
	return faker.string.hexadecimal({ length: 40, casing: 'lower', prefix: '' });
}

export function isoNow(date = new Date()): string {
	// Spotler writes microseconds: 2020-03-11T19:00:02.000000Z
	return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
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
	const state: SpotlerState = {
		company: { id: faker.string.uuid(), name: faker.company.name() },
		channels,
		contacts: new Map(channels.map((c) => [c.jid, new Map()])),
		conversations: new Map(),
		keys: [],
		webhooks: new Map(channels.map((c) => [c.jid, []])),
	};

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
			state.conversations.set(conversationKey(channel.jid, contact.jid), {
				id: faker.string.alphanumeric(27) + '=',
				channelJid: channel.jid,
				contactJid: contact.jid,
				status: 'OPEN',
				assignee: null,
				team: null,
				labels: [],
				unreadCount: 1,
				createdAt: isoNow(new Date(receivedAt.getTime() - HOUR)),
				lastMessageReceivedAt: inbound.createdAt,
				lastMessageSentAt: null,
				messagesReceived: 1,
				messagesSent: 0,
				messages: [inbound],
			});
		}
	}

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
		key('ASSISTANT', 'Assistant key (mock)', channels.map((c) => ({ jid: c.jid, type: 'CHANNEL' }))),
		key('CHANNEL', 'WhatsApp channel key (mock)', [{ jid: whatsapp.jid, type: 'CHANNEL' }]),
	);
	return state;
}
