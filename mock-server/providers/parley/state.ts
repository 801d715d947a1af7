import type { Faker } from '@faker-js/faker';

import type { Case, Configuration, Reply, Result, Sentiment, SourceName } from '../../../schemas/parley/types.generated';

/** configuration.globals: the integer codes results carry (catalogue Appendix A.6, external). */
export const SOURCE_CODES: Record<SourceName, number> = {
	twitter: 3,
	facebook: 6,
	instagram: 7,
	linkedin: 8,
	whatsapp: 9,
	blogs: 10,
	forums: 11,
	news: 12,
	web: 13,
	print: 15,
	rtv: 16,
	irischat: 14,
};
export const STATUS_CODES = { open: 1, closed: 2, deleted: 5 } as const;
export const ACTIVITY_CODES = { open: 1, check: 2, respond: 3 } as const;

/** Sources on which Parley can answer; news, print and the like are monitoring only. */
export const REPLYABLE_SOURCES = new Set<SourceName>(['twitter', 'facebook', 'instagram', 'linkedin', 'whatsapp', 'irischat']);

export const SENTIMENTS: Sentiment[] = ['very negative', 'negative', 'neutral', 'positive', 'very positive'];
const CATEGORIES = ['Complaint', 'Question', 'Compliment'];
const LABELS = ['urgent', 'billing', 'delivery', 'vip'];
const HASHTAGS = ['kpn', 'storing', 'service', '5g'];
const WEBSITES = ['twitter.com', 'facebook.com', 'tweakers.net', 'nu.nl', 'instagram.com'];
const PLACES = [
	{ country: 'Netherlands', province: 'Noord-Holland', municipality: 'Amsterdam', city: 'Amsterdam' },
	{ country: 'Netherlands', province: 'Zuid-Holland', municipality: 'Rotterdam', city: 'Rotterdam' },
	{ country: 'Netherlands', province: 'Utrecht', municipality: 'Stichtse Vecht', city: 'Maarssen' },
	{ country: 'Belgium', province: 'Antwerpen', municipality: 'Antwerpen', city: 'Antwerpen' },
];
const TEXTS = [
	'My internet has been down since this morning',
	'Is there an outage in my area?',
	'Thanks for the quick help yesterday!',
	'When will my new modem be delivered?',
	'Why is my invoice higher this month?',
	'Great 5G coverage on the train today',
	'Still waiting for an answer from customer service',
];

export interface StoredCase extends Case {
	replies: Reply[];
}

export interface ParleyState {
	configuration: Configuration;
	results: Result[];
	cases: StoredCase[];
	/** Result ids already handed out by a `new+results:true` search, per search profile id. */
	delivered: Map<number, Set<number>>;
	client: { clientId: string; clientSecret: string };
	/** Issued gateway tokens and when they stop working (ms since epoch). */
	tokens: Map<string, number>;
	/** Lifetime of new gateway tokens; tests shorten it through the control API. */
	tokenLifetimeSeconds: number;
	/** The current SSO token per user e-mail (regenerated on every request). */
	ssoTokens: Map<string, { accessToken: string; expiresAt: string }>;
	nextResultId: number;
	nextCaseId: number;
}

const DAY = 86_400_000;
/** How far back each seeded result lies, in days: spread so day/week/month/year periods all differ. */
const AGES_IN_DAYS = [0.1, 0.3, 0.5, 2, 3, 5, 10, 15, 20, 25, 40, 60, 90, 120, 200, 300, 400, 500];

export function isoSeconds(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function seedState(faker: Faker): ParleyState {
	const now = faker.defaultRefDate().getTime();
	const users = [0, 1, 2].map((i) => {
		const first = faker.person.firstName();
		const last = faker.person.lastName();
		return { id: 7001 + i, name: `${first} ${last}`, email: faker.internet.email({ firstName: first, lastName: last, provider: 'example.com' }).toLowerCase() };
	});
	const searches = [
		{ id: 101, name: 'Customer Service', sources: ['twitter', 'facebook', 'instagram', 'whatsapp', 'irischat', 'linkedin'] as SourceName[] },
		{ id: 102, name: 'Brand Monitoring', sources: ['web', 'news', 'blogs', 'forums', 'twitter'] as SourceName[] },
		{ id: 103, name: 'Pers & Nieuws', sources: ['news', 'print', 'rtv'] as SourceName[] },
	];
	const connections = [
		{ id: 1451, source: 'twitter', name: '@kpnwebcare' },
		{ id: 1452, source: 'facebook', name: 'KPN' },
		{ id: 1453, source: 'instagram', name: 'kpn' },
		{ id: 1454, source: 'whatsapp', name: 'KPN WhatsApp' },
		{ id: 1455, source: 'irischat', name: 'KPN chat' },
		{ id: 1456, source: 'linkedin', name: 'KPN' },
	];
	const configuration: Configuration = {
		lastChange: String(Math.floor(now / 1000) - 86_400),
		globals: { sources: { ...SOURCE_CODES }, activities: { ...ACTIVITY_CODES }, statusses: { ...STATUS_CODES } },
		account: {
			memberId: faker.number.int({ min: 1000, max: 9999 }),
			company: 'KPN (mock)',
			memberSince: '2016-06-15',
			timezone: 'Europe/Amsterdam',
			defaultCountry: 'nl-NL',
			standaardZoekopdracht: searches[0].id,
			searches,
			connections,
			users,
			categoriesAndLabels: CATEGORIES.map((category) => ({ category, labels: LABELS })),
		},
	};

	// Cases first (a person on one source), then their results; ids follow dates afterwards.
	type Draft = Omit<Result, 'id' | 'caseId'> & { caseIndex: number };
	const drafts: Draft[] = [];
	const cases: Array<Omit<StoredCase, 'id' | 'resultIds'>> = [];
	let age = 0;
	for (const search of searches) {
		for (let c = 0; c < 6; c++) {
			const source = search.sources[c % search.sources.length];
			const caseIndex = cases.length;
			cases.push({ searchId: search.id, source, status: 'open', handlerId: c % 3 === 0 ? users[c % users.length].id : null, replies: [] });
			const person = faker.internet
				.username()
				.toLowerCase()
				.replace(/[^a-z0-9_]/g, '');
			const place = PLACES[caseIndex % PLACES.length];
			const count = 1 + (c % 3);
			for (let r = 0; r < count; r++) {
				const days = AGES_IN_DAYS[age++ % AGES_IN_DAYS.length] + r * 0.01;
				const connection = connections.find((k) => k.source === source);
				drafts.push({
					caseIndex,
					searchId: search.id,
					connectionId: connection?.id ?? null,
					source,
					sourceId: SOURCE_CODES[source],
					date: isoSeconds(new Date(now - days * DAY)),
					text: `${TEXTS[drafts.length % TEXTS.length]} #${HASHTAGS[drafts.length % HASHTAGS.length]}`,
					url: `https://${WEBSITES[drafts.length % WEBSITES.length]}/${person}/${faker.string.numeric(8)}`,
					website: WEBSITES[drafts.length % WEBSITES.length],
					public: source !== 'whatsapp' && source !== 'irischat',
					direction: 'incoming',
					sentiment: SENTIMENTS[drafts.length % SENTIMENTS.length],
					category: drafts.length % 4 === 3 ? null : CATEGORIES[drafts.length % CATEGORIES.length],
					labels: [LABELS[drafts.length % LABELS.length], ...(drafts.length % 5 === 0 ? [LABELS[(drafts.length + 1) % LABELS.length]] : [])],
					hashtags: [HASHTAGS[drafts.length % HASHTAGS.length]],
					profile: { name: person, displayName: faker.person.fullName() },
					location: { ...place },
					assignedUserId: drafts.length % 3 === 0 ? null : users[drafts.length % users.length].id,
					checked: drafts.length % 2 === 0,
					replyAvailable: REPLYABLE_SOURCES.has(source),
					typing: false,
					// A few deleted results: searches and context leave them out.
					status: drafts.length % 11 === 10 ? STATUS_CODES.deleted : STATUS_CODES.open,
				});
			}
		}
	}
	drafts.sort((a, b) => a.date.localeCompare(b.date));
	const state: ParleyState = {
		configuration,
		results: [],
		cases: cases.map((c, i) => ({ ...c, id: 5001 + i, resultIds: [] })),
		delivered: new Map(searches.map((s) => [s.id, new Set<number>()])),
		client: { clientId: faker.string.alphanumeric(32), clientSecret: faker.string.alphanumeric(16) },
		tokens: new Map(),
		tokenLifetimeSeconds: 3599,
		ssoTokens: new Map(),
		nextResultId: 233001,
		nextCaseId: 5001 + cases.length,
	};
	for (const { caseIndex, ...draft } of drafts) {
		const stored = state.cases[caseIndex];
		const result: Result = { id: state.nextResultId++, caseId: stored.id, ...draft };
		stored.resultIds.push(result.id);
		state.results.push(result);
	}
	return state;
}
