import { parleyWorld } from './world';

type Result = Record<string, any>;

describe('Parley › Result › Search (every filter, against the mock)', () => {
	const world = parleyWorld();
	let results: Result[];
	const DAY = 86_400_000;

	beforeEach(async () => {
		results = (await world.state()).results;
	});

	const search = (parameters: Record<string, unknown>) => world.run('result', 'search', { searchProfile: { mode: 'list', value: 'Customer Service' }, limit: 50, ...parameters });

	/** What the mock should return for Customer Service: live results passing `keep`, newest first. */
	const expected = (keep: (r: Result) => boolean, searchId = 101) =>
		results
			.filter((r) => r.searchId === searchId && r.status !== 5 && keep(r))
			.sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)
			.map((r) => r.id);

	const lastSearchPath = async () => (await world.requests({ path: '/results/' })).at(-1)!.path;

	it('without filters: every live result of the profile from every source, newest first', async () => {
		const result = await search({});
		expect(result.status).toBe('success');
		const ids = result.items.map((i) => i.json.id);
		expect(ids).toEqual(expected(() => true));
		expect(ids.length).toBeGreaterThan(5);
		// Deleted results never show up.
		expect(results.some((r) => r.searchId === 101 && r.status === 5)).toBe(true);
		expect(await lastSearchPath()).toBe('/results/Customer+Service/source:blogs,facebook,forums,instagram,irischat,linkedin,news,print,rtv,twitter,web,whatsapp/limit:50/');
		expect(result.items[0].json).toMatchObject({ searchId: 101, caseId: expect.any(Number), sourceId: expect.any(Number), replyAvailable: expect.any(Boolean) });
	});

	// Each filter: the node parameters, the path segment it must produce, and which results the mock must keep.
	const cases: Array<[string, Record<string, unknown>, string, (r: Result) => boolean]> = [
		['source', { sources: ['twitter', 'whatsapp'] }, '/source:twitter,whatsapp/', (r) => ['twitter', 'whatsapp'].includes(r.source)],
		['sentiment', { filters: { sentiments: ['very negative', 'negative'] } }, '/very+negative,negative/', (r) => ['very negative', 'negative'].includes(r.sentiment)],
		['named period', { filters: { period: 'month' } }, '/month/', (r) => Date.parse(r.date) >= Date.now() - 30 * DAY],
		['category', { filters: { categories: ['Complaint'] } }, '/category:Complaint/', (r) => r.category === 'Complaint'],
		['label', { filters: { labels: ['urgent', 'vip'] } }, '/label:urgent,vip/', (r) => r.labels.includes('urgent') || r.labels.includes('vip')],
		['hashtag', { filters: { hashtags: '#storing' } }, '/hashtag:storing/', (r) => r.hashtags.includes('storing')],
		['website', { filters: { websites: 'tweakers.net' } }, '/website:tweakers.net/', (r) => r.website === 'tweakers.net'],
		['word', { filters: { words: 'invoice, modem' } }, '/word:invoice,modem/', (r) => /invoice|modem/i.test(r.text)],
		['country', { filters: { countries: 'Belgium' } }, '/country:Belgium/', (r) => r.location.country === 'Belgium'],
		['city', { filters: { cities: 'Maarssen' } }, '/city:Maarssen/', (r) => r.location.city === 'Maarssen'],
		['municipality', { filters: { municipalities: 'Stichtse Vecht' } }, '/municipality:Stichtse+Vecht/', (r) => r.location.municipality === 'Stichtse Vecht'],
		['province', { filters: { provinces: 'Noord-Holland, Zuid-Holland' } }, '/province:Noord-Holland,Zuid-Holland/', (r) => ['Noord-Holland', 'Zuid-Holland'].includes(r.location.province)],
		['checked', { filters: { checked: 'checked' } }, '/checked/', (r) => r.checked],
		['not checked', { filters: { checked: 'notChecked' } }, '/notChecked/', (r) => !r.checked],
	];

	it.each(cases)('filter %s: builds the segment and the mock keeps only matching results', async (_name, parameters, segment, keep) => {
		const all = expected(() => true);
		const want = expected(keep);
		expect(want.length).toBeGreaterThan(0);
		expect(want.length).toBeLessThan(all.length);
		const result = await search(parameters);
		expect(result.status).toBe('success');
		expect(result.items.map((i) => i.json.id)).toEqual(want);
		expect(await lastSearchPath()).toContain(segment);
	});

	it('filter profile: results of one author', async () => {
		const author = results.find((r) => r.searchId === 101 && r.status !== 5)!.profile.name;
		const result = await search({ filters: { profiles: author } });
		expect(result.items.map((i) => i.json.id)).toEqual(expected((r) => r.profile.name === author));
		expect(await lastSearchPath()).toContain(`/profile:${author}/`);
	});

	it('filter result ids: only the listed results', async () => {
		const [a, b] = expected(() => true).slice(2, 4);
		const result = await search({ filters: { resultIds: `${b}, ${a}` } });
		expect(result.items.map((i) => i.json.id)).toEqual([a, b]);
		expect(await lastSearchPath()).toContain(`/result:${b},${a}/`);
	});

	it('filter assigned user: results assigned to that user', async () => {
		const user = results.find((r) => r.searchId === 101 && r.assignedUserId)!.assignedUserId;
		const result = await search({ filters: { assignedUser: String(user) } });
		const want = expected((r) => r.assignedUserId === user);
		expect(want.length).toBeGreaterThan(0);
		expect(result.items.map((i) => i.json.id)).toEqual(want);
		expect(await lastSearchPath()).toContain(`/assigned:${user}/`);
	});

	it('filter custom period: between two UTC datetimes, written as the doc shows', async () => {
		const start = new Date(Date.now() - 21 * DAY);
		const end = new Date(Date.now() - 4 * DAY);
		const result = await search({ filters: { period: 'custom', periodStart: start.toISOString(), periodEnd: end.toISOString() } });
		const want = expected((r) => Date.parse(r.date) >= Math.floor(start.getTime() / 1000) * 1000 && Date.parse(r.date) <= Math.floor(end.getTime() / 1000) * 1000);
		expect(want.length).toBeGreaterThan(0);
		expect(result.items.map((i) => i.json.id)).toEqual(want);
		expect(await lastSearchPath()).toContain(`/${start.toISOString().slice(0, 19)},${end.toISOString().slice(0, 19)}/`);
	});

	it('filter order: least recent first', async () => {
		const result = await search({ filters: { order: 'least+recent' } });
		expect(result.items.map((i) => i.json.id)).toEqual(expected(() => true).reverse());
		expect(await lastSearchPath()).toContain('/least+recent/');
	});

	it('filter since id: only results after that one', async () => {
		const all = expected(() => true);
		const since = [...all].sort((a, b) => a - b)[4];
		const result = await search({ filters: { sinceId: since } });
		expect(result.items.map((i) => i.json.id)).toEqual(all.filter((id) => id > since));
		expect(await lastSearchPath()).toContain(`/sinceId:${since}/`);
	});

	it('filters limit and offset: one page from an offset', async () => {
		const all = expected(() => true);
		const result = await search({ limit: 3, filters: { offset: 2 } });
		expect(result.items.map((i) => i.json.id)).toEqual(all.slice(2, 5));
		expect(await lastSearchPath()).toMatch(/\/limit:3\/offset:2\/$/);
	});

	it('filter new results: a result is returned once, until reset', async () => {
		const all = expected(() => true);
		const first = await search({ filters: { newResults: 'true' } });
		expect(first.items.map((i) => i.json.id)).toEqual(all);
		const second = await search({ filters: { newResults: 'true' } });
		expect(second.items).toHaveLength(0);
		const added = await world.mock.simulate('parley', 'result', { searchId: 101, text: 'Any news on the outage?' });
		const third = await search({ filters: { newResults: 'true' } });
		expect(third.items.map((i) => i.json.id)).toEqual([added.id]);
		expect(await lastSearchPath()).toContain('/new+results:true/');
		const afterReset = await search({ filters: { newResults: 'reset' } });
		expect(afterReset.items).toHaveLength(all.length + 1);
		expect(await lastSearchPath()).toContain('/new+results:reset/');
		expect((await world.state()).delivered['101']).toHaveLength(all.length + 1);
	});

	it('combines filters and encodes names, words and URLs so they cannot break the path', async () => {
		const result = await world.run('result', 'search', {
			searchProfile: { mode: 'name', value: 'Pers & Nieuws' },
			sources: ['news'],
			limit: 50,
			filters: { words: 'c++', websites: 'https://nu.nl/tech', hashtags: 'a/b:c' },
		});
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(0);
		const path = await lastSearchPath();
		expect(path).toBe('/results/Pers+%26+Nieuws/source:news/hashtag:a%2Fb%3Ac/website:https%3A%2F%2Fnu.nl%2Ftech/word:c%2B%2B/limit:50/');
		const [request] = await world.requests({ path: '/results/' });
		expect(request.status).toBe(200);
	});

	it('Return All pages through every result with limit/offset', async () => {
		for (let i = 0; i < 105; i++) await world.mock.simulate('parley', 'result', { searchId: 102, source: 'web', text: `Mention ${i}` });
		results = (await world.state()).results;
		const result = await world.run('result', 'search', { searchProfile: { mode: 'list', value: 'Brand Monitoring' }, returnAll: true });
		expect(result.status).toBe('success');
		const want = expected(() => true, 102);
		expect(want.length).toBeGreaterThan(105);
		expect(result.items.map((i) => i.json.id)).toEqual(want);
		const paths = (await world.requests({ path: '/results/' })).map((r) => r.path.replace(/^.*\/(limit:)/, '$1'));
		expect(paths).toEqual(['limit:100/', 'limit:100/offset:100/']);
	});

	it('an unknown search profile fails with the gateway message and status', async () => {
		const result = await search({ searchProfile: { mode: 'name', value: 'Nope' } });
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe('Search profile "Nope" not found');
		expect(result.error?.description).toContain('error NotFound');
	});

	it('a custom period that ends before it starts fails the item before any request', async () => {
		const result = await search({ filters: { period: 'custom', periodStart: '2026-02-01T00:00:00Z', periodEnd: '2026-01-01T00:00:00Z' } });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Period End" is before the period start (item 0)');
		expect(await world.requests({ path: '/results/' })).toHaveLength(0);
	});

	it('a bad filter value fails the item before any request, naming the field', async () => {
		const result = await search({ filters: { resultIds: '12, abc' } });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Result IDs" "abc" is not a result ID (a whole number) (item 0)');
		expect(await world.requests({ path: '/results/' })).toHaveLength(0);
	});
});
