import type { Faker } from '@faker-js/faker';

import type {
	BusinessProfile,
	ChatAccess,
	ChatAssignmentEvent,
	ChatTaggingEvent,
	ContactProviderResult,
	MessageTaggingEvent,
	Role,
	SavedResponse,
	Tag,
	Template,
} from '../../../schemas/wabbit/types.generated';

export interface StoredUser {
	id: number;
	username: string;
	first_name: string;
	last_name: string;
	email: string;
	/** Plain text: it is a mock. Never returned by any route. */
	password: string;
	role: Role;
	groups: number[];
	can_use_tags: boolean;
	can_read_chats: ChatAccess;
	can_write_to_chats: ChatAccess;
	/** False until the activation URL was called (users created through the API). */
	active: boolean;
	activationCode?: string;
}

export interface StoredPerson {
	wa_id: string;
	name: string;
	last_message_timestamp: number | null;
}

export interface StoredMessage {
	/** The WABA message id; also the top-level `id` of RetrieveMessage. */
	id: string;
	customer_wa_id: string;
	from_us: boolean;
	/** POSIX seconds; before_time / since_time compare this. */
	timestamp: number;
	/** The WABA object: the inbound `messages[]` item, or the send request plus id and timestamp. */
	waba_payload: Record<string, unknown>;
	statuses: { sent: number; delivered: number; read: number };
	senderId: number | null;
	context: Record<string, unknown> | null;
}

export interface Assignment {
	user: number | null;
	group: number | null;
}

export interface StoredTagging {
	id: number;
	tag: number;
	extra: Record<string, unknown> | null;
}

export interface StoredMedia {
	id: string;
	data: Buffer;
	mimeType: string;
	filename: string;
}

export interface StoredWebhook {
	id: number;
	userId: number;
	url: string;
}

export interface RuleEngineConfig {
	url: string;
	headers: Record<string, string>;
}

export interface RuleEngineCall {
	kind: string;
	answer: unknown;
	applied: Array<{ wa_id: string; user: number | null; group: number | null }>;
	rejected: string[];
}

export interface WabbitState {
	groups: Array<{ id: number; name: string }>;
	users: StoredUser[];
	/** DRF authtoken: at most one token per user, by token. */
	tokens: Map<string, number>;
	/** The 360dialog API key of this inbox; it authenticates as the first admin. */
	d360ApiKey: string;
	persons: Map<string, StoredPerson>;
	/** In arrival order (oldest first). */
	messages: StoredMessage[];
	assignments: Map<string, Assignment>;
	assignmentEvents: ChatAssignmentEvent[];
	/** Per user, per wa_id: messages up to this POSIX time count as received (POST /mark_as_received/). */
	receivedMarks: Map<number, Map<string, number>>;
	/** Per user: message ids received one by one (GET /messages/?mark_as_received=1, webhook 200s). */
	receivedIds: Map<number, Set<string>>;
	tags: Tag[];
	messageTaggings: Array<StoredTagging & { message: string }>;
	chatTaggings: Array<StoredTagging & { chat: string }>;
	messageTaggingEvents: MessageTaggingEvent[];
	chatTaggingEvents: ChatTaggingEvent[];
	webhooks: StoredWebhook[];
	savedResponses: SavedResponse[];
	templates: Template[];
	media: Map<string, StoredMedia>;
	businessProfile: BusinessProfile;
	about: string;
	photo: StoredMedia | null;
	contactProviders: Array<{ id: string; type: string; name: string; results: ContactProviderResult[] }>;
	ruleEngine: RuleEngineConfig | null;
	/** What the custom Rule Engine was asked and answered, and what the mock did with it. */
	ruleEngineLog: RuleEngineCall[];
	/** Round-robin position per group id. */
	roundRobin: Map<number, number>;
	nextId: { user: number; tag: number; tagging: number; webhook: number; savedResponse: number };
}

export const GROUP = { admin: 1, regular: 2, app: 3, agents: 4 } as const;

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function initialsOf(name: string): string {
	return name
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 2)
		.map((w) => w[0]!.toUpperCase())
		.join('');
}

/** WABA-looking message ids: "ABGGSF..." for inbound, "gBGGSF..." for outbound, as in the doc. */
export function wabaMessageId(faker: Faker, inbound: boolean): string {
	return `${inbound ? 'ABGGSFEBeRJ_' : 'gBGGSFEBeRJ_'}${faker.string.alphanumeric(24)}`;
}

export function token(faker: Faker): string {
	return faker.string.hexadecimal({ length: 40, casing: 'lower', prefix: '' });
}

const HOUR = 3600;

/** Deterministic for a seed: every id, name and number comes from the seeded faker. */
export function seedState(faker: Faker): WabbitState {
	const now = Math.floor(faker.defaultRefDate().getTime() / 1000);
	const user = (id: number, username: string, role: Role, groups: number[], password: string): StoredUser => ({
		id,
		username,
		first_name: faker.person.firstName(),
		last_name: faker.person.lastName(),
		email: `${username}@example.com`,
		password,
		role,
		groups,
		can_use_tags: true,
		can_read_chats: 'all',
		can_write_to_chats: role === 'admin' ? 'all' : 'assigned',
		active: true,
	});
	const users = [
		user(1, 'konrad', 'admin', [GROUP.admin], 'admin-password-1'),
		user(2, 'anna', 'user', [GROUP.regular, GROUP.agents], 'anna-password-2'),
		user(3, 'piotr', 'user', [GROUP.regular, GROUP.agents], 'piotr-password-3'),
		user(4, 'helpdeskbot', 'app', [GROUP.app], 'bot-password-4'),
	];
	const state: WabbitState = {
		groups: [
			{ id: GROUP.admin, name: 'Admin' },
			{ id: GROUP.regular, name: 'Regular user' },
			{ id: GROUP.app, name: 'App integration' },
			{ id: GROUP.agents, name: 'Agents' },
		],
		users,
		tokens: new Map(users.map((u) => [token(faker), u.id])),
		d360ApiKey: faker.string.alphanumeric(32),
		persons: new Map(),
		messages: [],
		assignments: new Map(),
		assignmentEvents: [],
		receivedMarks: new Map(),
		receivedIds: new Map(),
		tags: [
			{ id: 1, name: 'Agent needed', web_inbox_color: '#e53935' },
			{ id: 2, name: 'VIP', web_inbox_color: '#fdd835' },
			{ id: 3, name: 'Spam', web_inbox_color: null },
		],
		messageTaggings: [],
		chatTaggings: [],
		messageTaggingEvents: [],
		chatTaggingEvents: [],
		webhooks: [],
		savedResponses: [
			{ id: 1, text: 'Thank you for your message, an agent will answer shortly.', created_by: 'konrad', timestamp: now - 30 * 24 * HOUR },
			{ id: 2, text: 'Your order is on its way.', created_by: 'anna', timestamp: now - 10 * 24 * HOUR },
		],
		templates: [
			{
				name: 'order_shipped',
				category: 'SHIPPING_UPDATE',
				language: 'en',
				// WhatsApp's template format keeps example values beside the body text.
				components: [{ type: 'BODY', text: 'Hi {{1}}, your order {{2}} has shipped.', example: { body_text: [['Ada', 'A-1001']] } }],
				namespace: 'c8ae5f90_307a_ca4c_b8f6_d1e2a2573574',
				rejected_reason: null,
				status: 'approved',
			},
			{
				name: 'appointment_reminder',
				category: 'APPOINTMENT_UPDATE',
				language: 'en',
				components: [{ type: 'BODY', text: 'Reminder: your appointment is on {{1}}.', example: { body_text: [['Monday 10:00']] } }],
				namespace: 'c8ae5f90_307a_ca4c_b8f6_d1e2a2573574',
				rejected_reason: null,
				status: 'approved',
			},
			// After the two samples other tests pick: a second language, and one rejected and one pending template.
			{
				name: 'order_shipped',
				category: 'SHIPPING_UPDATE',
				language: 'nl',
				components: [{ type: 'BODY', text: 'Hoi {{1}}, je bestelling {{2}} is verzonden.', example: { body_text: [['Ada', 'A-1001']] } }],
				namespace: 'c8ae5f90_307a_ca4c_b8f6_d1e2a2573574',
				rejected_reason: null,
				status: 'approved',
			},
			{
				name: 'spring_sale',
				category: 'ACCOUNT_UPDATE',
				language: 'en',
				components: [{ type: 'BODY', text: 'Hi {{1}}, everything is 20% off this week!', example: { body_text: [['Ada']] } }],
				namespace: 'c8ae5f90_307a_ca4c_b8f6_d1e2a2573574',
				rejected_reason: 'Marketing content in a utility category',
				status: 'rejected',
			},
			{
				name: 'payment_received',
				category: 'PAYMENT_UPDATE',
				language: 'en',
				components: [{ type: 'BODY', text: 'Thank you {{1}}, we received your payment of {{2}}.', example: { body_text: [['Ada', 'EUR 25.00']] } }],
				namespace: 'c8ae5f90_307a_ca4c_b8f6_d1e2a2573574',
				rejected_reason: null,
				status: 'pending',
			},
		],
		media: new Map(),
		businessProfile: {
			address: faker.location.streetAddress(),
			description: 'Customer support over WhatsApp',
			email: 'support@example.com',
			vertical: 'Shopping and Retail',
			websites: ['https://shop.example.com'],
		},
		about: 'Available 9-17 on weekdays',
		photo: null,
		contactProviders: [],
		ruleEngine: null,
		ruleEngineLog: [],
		roundRobin: new Map(),
		nextId: { user: 5, tag: 4, tagging: 1, webhook: 1, savedResponse: 3 },
	};

	// Six customers: the first four wrote within the last 24 hours, the last two days ago (so a
	// free-form message to them is outside WhatsApp's 24-hour window).
	const questions = ['Hi, where is my order?', 'Can I change my delivery address?', 'Do you ship to Germany?', 'I need help with my invoice'];
	for (let i = 0; i < 6; i++) {
		const wa_id = `48${faker.string.numeric({ length: 9, allowLeadingZeros: false })}`;
		const name = faker.person.fullName();
		const first = now - (i < 4 ? (i + 1) * 2 * HOUR : (i + 1) * 24 * HOUR);
		state.persons.set(wa_id, { wa_id, name, last_message_timestamp: first + 60 });
		for (const [offset, fromUs, body] of [
			[0, false, faker.helpers.arrayElement(questions)],
			[30, true, 'Hello! How may I help you?'],
			[60, false, 'Thanks, I will wait'],
		] as Array<[number, boolean, string]>) {
			const id = wabaMessageId(faker, !fromUs);
			const timestamp = first + offset;
			state.messages.push({
				id,
				customer_wa_id: wa_id,
				from_us: fromUs,
				timestamp,
				waba_payload: fromUs
					? { preview_url: false, recipient_type: 'individual', to: wa_id, type: 'text', text: { body }, id, timestamp }
					: { from: wa_id, id, timestamp: String(timestamp), type: 'text', text: { body } },
				statuses: fromUs ? { sent: timestamp, delivered: timestamp + 2, read: 0 } : { sent: 0, delivered: 0, read: 0 },
				senderId: fromUs ? 1 : null,
				context: null,
			});
		}
		// Chat 1 is anna's, chat 2 belongs to the Agents group; the others are unassigned.
		state.assignments.set(wa_id, { user: i === 1 ? 2 : null, group: i === 2 ? GROUP.agents : null });
	}
	// Admin has read everything up to the second customer's history.
	const marks = new Map<string, number>();
	for (const person of [...state.persons.values()].slice(1)) marks.set(person.wa_id, person.last_message_timestamp!);
	state.receivedMarks.set(1, marks);

	const providerId = faker.string.uuid();
	const results: ContactProviderResult[] = [...state.persons.values()].map((p) => ({
		name: p.name,
		initials: initialsOf(p.name),
		phone_numbers: [{ phone_number: `+${p.wa_id}`, description: 'mobile' }],
		email_addresses: [{ email_address: faker.internet.email({ firstName: p.name.split(' ')[0] }).toLowerCase(), description: 'home' }],
		contact_provider: { type: 'google', name: 'Google Contacts', id: providerId },
	}));
	state.contactProviders.push({ id: providerId, type: 'google', name: 'Google Contacts', results });
	return state;
}
