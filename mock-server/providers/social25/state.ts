import type { Faker } from '@faker-js/faker';
import { createHash } from 'node:crypto';

import { uuidId } from '../../core/ids';
import { isoString } from '../../core/time';
import type { Agent, ChatUser, ConversationState, MediaFile, Message, ProfilePicture, Tenant, TenantPlatform, WhatsAppTemplate } from '../../../schemas/social25/types.generated';

export interface StoredPlatform extends TenantPlatform {
	/** Not in the API: the country national-format numbers are read in (Initiate Conversations). */
	country?: string;
}

export interface StoredConversation {
	id: string;
	flow: string;
	state: ConversationState;
	created: string;
	agent_id: string | null;
	userId: string;
	platformId: number;
	tags: string[];
	custom_data: Record<string, unknown> | null;
	messages: Message[];
}

export interface StoredUser extends ChatUser {
	/** Platforms (by id) the user is blocked on. */
	blockedOn: number[];
}

export interface FailedSync extends Message {
	log_message: string;
}

export interface BulkJob {
	id: number;
	kind: 'messages' | 'send_bulk_hsm' | 'media_template_hsm';
	received: number;
	processed: number;
	failed: Array<{ index: number; detail: string }>;
	done: boolean;
}

export interface Social25State {
	token: string;
	tenant: Omit<Tenant, 'platforms' | 'agent'> & { platforms: StoredPlatform[] };
	/** The agent the token belongs to ("Agent requesting the data"). */
	agentId: string;
	agents: Agent[];
	users: Map<string, StoredUser>;
	conversations: Map<string, StoredConversation>;
	/**
	 * The conversation of each platform and phone number (see phoneKey), kept by addConversation and
	 * removeConversation: Initiate pairs every number of a bulk request with its conversation, and a
	 * scan of all conversations per number made a 100,000-number run take 37 minutes.
	 */
	phoneConversations: Map<string, string>;
	/** Uploaded media by path, so a Send Media Message can only reference a real upload. */
	uploads: Map<string, MediaFile>;
	/**
	 * byLanguage: the approved templates, as the list endpoint answers. notApproved: templates under
	 * review or rejected, which Social25 never lists (its doc: "all the approved templates") and refuses to send.
	 */
	templates: { namespace: string; byLanguage: Record<string, WhatsAppTemplate[]>; notApproved: Array<WhatsAppTemplate & { language: string; status: 'pending' | 'rejected' }> };
	failedSyncs: FailedSync[];
	bulkJobs: BulkJob[];
	/** Bot webhook URL per platform name; configured outside the API (control API in the mock). */
	botUrls: Map<string, { url: string; headers: Record<string, string> }>;
}

/** Naive ISO timestamps with microseconds, as the doc shows: 2018-09-10T12:30:28.431583 */
export function naive(date = new Date()): string {
	// toISOString always ends in .sssZ: microseconds, no zone.
	return `${isoString(date.getTime()).slice(0, -1)}000`;
}

/** A name-based (version 5 style) uuid: the same platform and number always give the same id. */
export function nameUuid(...parts: string[]): string {
	const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex');
	const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function newMessage(faker: Faker, conversationId: string, fields: Partial<Message>): Message {
	const at = naive();
	return {
		// faker.string.uuid(), the same draws made faster (a send makes one).
		id: uuidId(faker),
		agent_id: null,
		conversation_id: conversationId,
		timestamp: at,
		modified_timestamp: at,
		type: 'TEXT',
		status: 'SENT',
		outbound: true,
		text: null,
		auxiliary_data: null,
		file: null,
		file_type: null,
		media_title: null,
		mime_type: null,
		...fields,
	};
}

const MINUTE = 60_000;

/**
 * A Cloudinary-style picture with every member the doc's examples print (people have one). Made
 * from the owner's id rather than the faker, so the seed's other values stay what they were.
 */
function profilePicture(ownerId: string, folder: string): ProfilePicture {
	const hex = createHash('sha1').update(ownerId).digest('hex');
	const publicId = `${folder}/${hex.slice(0, 20)}`;
	return {
		url: `http://res.cloudinary.com/social25/image/upload/${publicId}.jpg`,
		etag: hex.slice(0, 32),
		tags: [],
		type: folder === 'agents' ? 'upload' : 'private',
		bytes: 20_000 + parseInt(hex.slice(0, 4), 16),
		width: 640,
		format: 'jpg',
		height: 640,
		version: 1536582635,
		public_id: publicId,
		signature: hex,
		created_at: '2018-09-10T12:30:35Z',
		secure_url: `https://res.cloudinary.com/social25/image/upload/${publicId}.jpg`,
		placeholder: false,
		resource_type: 'image',
		original_filename: hex.slice(20, 35),
	};
}

/**
 * The upload the doc's Send Media Message example references (its media_file, verbatim): sending
 * it is accepted as if it had been uploaded, so that example can be sent as printed.
 */
export const DOCUMENTED_UPLOAD: MediaFile = {
	path: '13b1f5a93b974a34a5a28e9c1cf55b75/Platform/outbound/WhatsApp_Image.jpeg',
	url: 'https://s3.eu-central-1.amazonaws.com/social25-acc/13b1f5a93b974a34a5a28e9c1cf55b75/Platform/outbound/WhatsApp_Image.jpeg',
	secure_url:
		'https://social25-acc.s3.amazonaws.com/13b1f5a93b974a34a5a28e9c1cf55b75/Platform/outbound/WhatsApp_Image.jpeg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=&X-Amz-Date=20191015T114049Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=',
	type: 'private',
	title: 'WhatsApp_Image.jpeg',
	mime_type: 'image/jpeg',
	resource_type: 'image',
	bytes: 87723,
};

const phoneKey = (platformId: number, digits: string) => `${platformId} ${digits}`;

/** The key of a conversation in the phone index, when its user has a number. */
function phoneKeyOf(state: Social25State, conversation: StoredConversation): string | undefined {
	const phone = state.users.get(conversation.userId)?.phone_number;
	return phone ? phoneKey(conversation.platformId, phone) : undefined;
}

/** Stores a conversation (its user first); the first one of a platform and number is the one the index names. */
export function addConversation(state: Social25State, conversation: StoredConversation): void {
	state.conversations.set(conversation.id, conversation);
	const key = phoneKeyOf(state, conversation);
	if (key !== undefined && !state.phoneConversations.has(key)) state.phoneConversations.set(key, conversation.id);
}

/** Removes a conversation and its messages; returns the message ids. */
export function removeConversation(state: Social25State, conversation: StoredConversation): string[] {
	state.conversations.delete(conversation.id);
	const key = phoneKeyOf(state, conversation);
	if (key !== undefined && state.phoneConversations.get(key) === conversation.id) {
		state.phoneConversations.delete(key);
		// Another conversation of the same number, if any, takes its place (rare: one scan per delete).
		const next = [...state.conversations.values()].find((c) => phoneKeyOf(state, c) === key);
		if (next) state.phoneConversations.set(key, next.id);
	}
	return conversation.messages.map((m) => m.id);
}

/** The conversation of a phone number on a platform, created (with its user) on first contact. */
export function ensurePhoneConversation(state: Social25State, platform: StoredPlatform, e164: string): StoredConversation {
	const digits = e164.replace(/^\+/, '');
	const existingId = state.phoneConversations.get(phoneKey(platform.id, digits));
	const existing = existingId === undefined ? undefined : state.conversations.get(existingId);
	if (existing) return existing;
	// The doc's examples return the same uuid for conversation and user; a name-based uuid keeps that.
	const id = nameUuid(state.tenant.id, String(platform.id), digits);
	state.users.set(id, { id, username: null, first_name: null, last_name: null, phone_number: digits, gender: null, profile_picture: null, blockedOn: [] });
	const conversation: StoredConversation = {
		id,
		flow: 'SERVICE',
		state: 'OPEN',
		created: naive(),
		agent_id: null,
		userId: id,
		platformId: platform.id,
		tags: [],
		custom_data: null,
		messages: [],
	};
	addConversation(state, conversation);
	return conversation;
}

export function seedState(faker: Faker): Social25State {
	const now = faker.defaultRefDate().getTime();
	const tenantId = faker.string.uuid();
	const agent = (first: string, last: string, manager: boolean, type: Agent['type'] = 'HUMAN'): Agent => ({
		id: faker.string.uuid(),
		username: `${first}.${last}`.toLowerCase(),
		first_name: first,
		last_name: last,
		type,
		is_manager: manager,
		is_staff: true,
		is_active: true,
		timezone: 'Europe/Amsterdam',
		// The automated agent has no picture; people do (as in the doc's agent examples).
		profile_picture: null,
		pusher_channel: `private-agent-${faker.string.alphanumeric(8).toLowerCase()}`,
		tenant_id: tenantId,
		is_online: false,
	});
	const agents = [agent(faker.person.firstName(), faker.person.lastName(), true), agent(faker.person.firstName(), faker.person.lastName(), false), agent('Welcome', 'Bot', false, 'AUTOMATED')];
	// The people among the agents have a picture, as in the doc's agent examples; the bot has none.
	for (const a of agents) if (a.type === 'HUMAN') a.profile_picture = profilePicture(a.id, 'agents');
	const whatsappNumber = `3120${faker.string.numeric(7)}`;
	const platforms: StoredPlatform[] = [
		{
			id: 1,
			platform: 'facebook',
			name: `${faker.company.name()} Facebook`,
			page_id: faker.string.numeric(15),
			app_secret: 'mock-app-secret',
			page_token: 'mock-page-token',
			callback_url: null,
			data: null,
		},
		{
			id: 2,
			platform: 'messagebird',
			name: 'Messagebird LINE',
			page_id: faker.string.numeric(8),
			app_secret: 'mock-app-secret',
			page_token: 'mock-page-token',
			callback_url: null,
			data: { channel_subtype: 'line' },
		},
		{ id: 3, platform: 'telegram', name: 'Telegram bot', page_id: '', app_secret: '', page_token: 'mock-page-token', callback_url: null, data: null },
		{ id: 4, platform: 'kik', name: 'Kik', page_id: faker.string.numeric(6), app_secret: '', page_token: 'mock-page-token', callback_url: null, data: null },
		{ id: 5, platform: 'whatsapp', name: 'WhatsApp for Business', page_id: whatsappNumber, app_secret: '', page_token: 'mock-page-token', callback_url: null, data: null, country: 'NL' },
		{ id: 6, platform: 'sms', name: 'SMS Belgium', page_id: `32${faker.string.numeric(8)}`, app_secret: '', page_token: 'mock-page-token', callback_url: null, data: null, country: 'BE' },
	];
	const tags = ['order', 'complaint', 'vip', 'returns'];
	const state: Social25State = {
		token: faker.string.alphanumeric(40),
		tenant: {
			id: tenantId,
			name: faker.company.name(),
			company_logo: 'https://example.com/logo.svg',
			settings: { pusher: { public_key: faker.string.hexadecimal({ length: 11, prefix: '', casing: 'lower' }), cluster: 'eu' } },
			tags,
			pusher_channel: `presence-tenant-${faker.string.alphanumeric(8).toLowerCase()}`,
			agents: null,
			dispatch_style: 1,
			platforms,
		},
		agentId: agents[0].id,
		agents,
		users: new Map(),
		conversations: new Map(),
		phoneConversations: new Map(),
		uploads: new Map(),
		templates: {
			namespace: faker.string.uuid(),
			byLanguage: {
				nl: [
					{ text: 'Beste {{1}}, hierbij je ordernummer: {{2}}. Groet {{3}}', category: 'Order', name: 'order' },
					{ text: 'Beste klant, we hebben je bericht ontvangen.', category: 'Client message', name: 'klant_message' },
				],
				en: [
					{ text: 'Hi {{1}}, your order {{2}} has shipped.', category: 'Order', name: 'order_shipped' },
					{ text: 'Hello {{1}}, an agent will pick up your case shortly.', category: 'Client message', name: 'agent_pickup' },
				],
				es: [{ text: 'Hola {{1}}, bienvenido.', category: 'Welcome', name: 'welcome_mxm' }],
			},
			notApproved: [
				{ text: 'Hi {{1}}, everything is 20% off this week!', category: 'Marketing', name: 'spring_sale', language: 'en', status: 'rejected' },
				{ text: 'Thank you {{1}}, we received your payment of {{2}}.', category: 'Payment', name: 'payment_received', language: 'en', status: 'pending' },
			],
		},
		failedSyncs: [],
		bulkJobs: [],
		botUrls: new Map(),
	};

	// 12 conversations: the default list (open and auto_bot) holds 9, i.e. two pages.
	const layout: Array<{ platformId: number; state: ConversationState }> = [
		...Array.from({ length: 5 }, () => ({ platformId: 5, state: 'OPEN' as const })),
		{ platformId: 5, state: 'AUTO_BOT' },
		{ platformId: 5, state: 'AUTO_BOT' },
		{ platformId: 1, state: 'OPEN' },
		{ platformId: 1, state: 'CLOSED' },
		{ platformId: 5, state: 'CLOSED' },
		{ platformId: 5, state: 'EXPIRED' },
		{ platformId: 5, state: 'BLOCKED' },
	];
	layout.forEach(({ platformId, state: conversationState }, i) => {
		const user: StoredUser = {
			id: faker.string.uuid(),
			username: null,
			first_name: faker.person.firstName(),
			last_name: faker.person.lastName(),
			phone_number: platformId === 5 ? `316${faker.string.numeric(8)}` : null,
			gender: null,
			profile_picture: null,
			blockedOn: conversationState === 'BLOCKED' ? [platformId] : [],
		};
		user.profile_picture = profilePicture(user.id, platformId === 5 ? 'WhatsApp/profile_images' : 'Facebook/profile_images');
		state.users.set(user.id, user);
		const id = faker.string.uuid();
		const receivedAt = new Date(now - (i + 1) * 37 * MINUTE);
		const inbound = newMessage(faker, id, {
			timestamp: naive(receivedAt),
			modified_timestamp: naive(new Date(receivedAt.getTime() + 1000)),
			type: 'TEXT',
			status: 'RECEIVED',
			outbound: false,
			text: faker.helpers.arrayElement(['Hi, where is my order?', 'Can I change my delivery address?', 'Do you ship to Belgium?', 'I need help with my invoice']),
		});
		addConversation(state, {
			id,
			flow: 'SERVICE',
			state: conversationState,
			created: naive(new Date(receivedAt.getTime() - MINUTE)),
			agent_id: i % 3 === 0 ? agents[1].id : null,
			userId: user.id,
			platformId,
			tags: i % 2 === 0 ? [tags[i % tags.length]] : [],
			custom_data: null,
			messages: [inbound],
		});
	});

	// Failed Salesforce syncs spread over the last 40 days, one of them only minutes old.
	const ids = [...state.conversations.keys()];
	for (const minutesAgo of [40 * 1440, 20 * 1440, 10 * 1440, 2 * 1440, 12 * 60, 5]) {
		const at = new Date(now - minutesAgo * MINUTE);
		state.failedSyncs.push({
			...newMessage(faker, ids[0], { timestamp: naive(at), modified_timestamp: naive(at), type: 'TEXT', status: 'RECEIVED', outbound: false, text: 'Test' }),
			ext_identifier: faker.string.uuid(),
			tenant_id: tenantId,
			custom_data: null,
			transcribe_enabled: false,
			transcribe_in_progress: false,
			log_message: 'INVALID_LOGIN: Invalid username, password, security token; or user locked out.',
		});
	}
	return state;
}
