import { spotlerWorld } from './world';

/**
 * Message › Send on the fast path (nodes/shared/fast-routing.ts) as a run of many items: what
 * every item needs is read once, Request Options pace the run, a 429 slows the whole run down,
 * and an item that fails without Continue On Fail stops the run before later items are sent.
 */
describe('Spotler › Message › Send as a run of many items', () => {
	const w = spotlerWorld();
	const posts = async () => (await w.requests({ method: 'POST' })).filter((r) => /\/messages\//.test(r.path));
	const text = (extra: Record<string, unknown> = {}) => ({
		channel: { mode: 'id', value: '={{ $json.channel }}' },
		contact: '={{ $json.to }}',
		messageType: 'text',
		text: '={{ $json.text }}',
		...extra,
	});
	const items = (n: number) => Array.from({ length: n }, (_, i) => ({ json: { channel: w.samples.channelJid, to: w.samples.contactJid, text: `message ${i + 1}` } }));
	/** An item for the web chat channel, whose path the tests' faults single out. */
	const webchat = (t: string) => ({ json: { channel: w.samples.webchatChannelJid, to: w.samples.webchatContactJid, text: t } });
	const webchatPath = () => `/channels/${w.samples.webchatChannelJid}/messages/**`;

	it("version 2 templates: the channel's template list is read once for the whole run, every item still checked", async () => {
		const result = await w.run(
			'message',
			'send',
			{
				channel: w.channel(),
				contact: '={{ $json.to }}',
				messageType: 'template',
				template: { mode: 'list', value: 'delivery_notification' },
				templateLanguage: 'en',
				templateVariables: { mappingMode: 'defineBelow', value: { '1': '={{ $json.text }}', '2': '#1', '3': 'Monday' } },
			},
			{ typeVersion: 2, continueOnFail: true, items: [...items(5), { json: { to: w.samples.contactJid, text: '' } }] },
		);
		expect(result.items.map((i) => (i.json.error ? String(i.json.error) : 'sent'))).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', expect.stringContaining('{{1}}')]);
		const lists = (await w.requests({ method: 'GET' })).filter((r) => /\/templates$/.test(r.path));
		expect(lists).toHaveLength(1);
		expect((await posts()).map((r) => r.body.message.template.parameters[0]).sort()).toEqual(['message 1', 'message 2', 'message 3', 'message 4', 'message 5']);
	});

	it('output keeps the input order and pairs each item with its input, whatever order the answers came in', async () => {
		// Answers for the odd-numbered (web chat) items come late, so later items finish first.
		await w.mock.fault({ provider: 'spotler', method: 'POST', path: webchatPath(), latencyMs: 300 });
		const run = items(8).map((item, i) => (i % 2 ? webchat(String(item.json.text)) : item));
		const result = await w.run('message', 'send', text(), { items: run });
		expect(result.status).toBe('success');
		expect(result.items.map((i) => i.pairedItem)).toEqual(run.map((_, i) => ({ item: i })));
		expect(result.items.map((i) => i.json.recipient)).toEqual(run.map((item) => item.json.to));
	});

	it('Parallel Requests 1 sends one at a time: each request arrives after the previous one was answered', async () => {
		await w.mock.fault({ provider: 'spotler', method: 'POST', latencyMs: 150 });
		const result = await w.run('message', 'send', { ...text(), requestOptions: { concurrency: 1 } }, { items: items(4) });
		expect(result.status).toBe('success');
		const at = (await posts()).map((r) => Date.parse((r as unknown as { at: string }).at));
		// The log's time is when a request arrived; with a 150 ms answer, one at a time means gaps of at least about that.
		for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(120);
	});

	it('a 429 with Retry-After holds back the whole run, not just its item; nothing is sent twice', async () => {
		await w.mock.fault({ provider: 'spotler', method: 'POST', path: webchatPath(), status: 429, retryAfter: 1, count: 1 });
		const run = [...items(2), webchat('throttled'), ...items(6)];
		const result = await w.run('message', 'send', { ...text(), requestOptions: { concurrency: 2 } }, { items: run });
		expect(result.status).toBe('success');
		const log = (await posts()) as unknown as Array<{ status: number; at: string; body: any }>;
		const refused = log.find((r) => r.status === 429)!;
		const refusedAt = Date.parse(refused.at);
		// Requests that arrived within the Retry-After second after the refused one arrived: only
		// those already on their way before the 429 came back, at most one per parallel request
		// (the one sent beside the refused one, and the next the other worker started before the
		// answer). Without the shared hold all six remaining items would arrive in that second.
		const during = log.filter((r) => r !== refused && Date.parse(r.at) > refusedAt && Date.parse(r.at) < refusedAt + 900);
		expect(during.length).toBeLessThanOrEqual(2);
		expect(
			log
				.filter((r) => r.status === 201)
				.map((r) => r.body.message.body)
				.sort(),
		).toEqual([...run.map((i) => i.json.text)].sort());
	});

	it('an item that fails without Continue On Fail stops the run: later items are not sent', async () => {
		const run = [...items(3), { json: { channel: w.samples.channelJid, to: 'not a number', text: 'bad' } }, ...items(20)];
		const result = await w.run('message', 'send', { ...text(), requestOptions: { concurrency: 2 } }, { items: run });
		expect(result.status).toBe('error');
		expect(result.error?.message).toContain('(item 3)');
		// Items 0..2 went out; at most the one in flight beside the failing item follows; not the 20 after it.
		expect((await posts()).length).toBeLessThanOrEqual(4);
	});
});
