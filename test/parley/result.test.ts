import { parleyWorld } from './world';

describe('Parley › Result get, reply and events', () => {
	const world = parleyWorld();

	const resultOf = async (id: number) => (await world.state()).results.find((r: any) => r.id === id);

	it('Result › Get returns the result with the other results of its case', async () => {
		const state = await world.state();
		const busyCase = state.cases.find((c: any) => c.resultIds.length === 3 && c.resultIds.every((id: number) => state.results.find((r: any) => r.id === id).status !== 5));
		const [resultId, ...others] = busyCase.resultIds;
		const result = await world.run('result', 'get', { resultId: String(resultId) });
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(1);
		expect((result.items[0].json.result as any).id).toBe(resultId);
		expect((result.items[0].json.context as any[]).map((r) => r.id)).toEqual(others);
		const [request] = await world.requests({ path: '/results/' });
		expect(request.path).toBe(`/results/${resultId}`);
	});

	it('Result › Get Without Context returns only the result', async () => {
		const id = world.samples.replyableResultId;
		const result = await world.run('result', 'getWithoutContext', { resultId: `={{ $json.id }}` }, { items: [{ json: { id } }] });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toEqual(await resultOf(id));
		const [request] = await world.requests({ path: '/results/' });
		expect(request.path).toBe(`/results/${id}/noContext`);
	});

	it('Result › Get of an unknown result answers 404; a non-numeric id fails before any request', async () => {
		const missing = await world.run('result', 'get', { resultId: '999' });
		expect(missing.error?.httpCode).toBe('404');
		expect(missing.error?.message).toBe('Result 999 not found');
		const bad = await world.run('result', 'getWithoutContext', { resultId: 'abc' });
		expect(bad.error?.message).toBe('"Result ID" "abc" is not an ID (a whole number) (item 0)');
		expect(await world.requests({ path: '/results/abc' })).toHaveLength(0);
	});

	it("Result › Reply publicly on the result's own connection: form body, appended to the case", async () => {
		const id = world.samples.replyableResultId;
		const original = await resultOf(id);
		const result = await world.run('result', 'reply', { resultId: String(id), message: 'We are looking into it, sorry!' });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ resultId: id, caseId: original.caseId, connectionId: original.connectionId, public: true, message: 'We are looking into it, sorry!' });
		const [post] = await world.requests({ method: 'POST', path: '/replies' });
		expect(post.headers['content-type']).toContain('application/x-www-form-urlencoded');
		expect(post.body).toEqual({ message: 'We are looking into it, sorry!', connectionId: String(original.connectionId), public: 'true' });
		const state = await world.state();
		const stored = state.cases.find((c: any) => c.id === original.caseId);
		expect(stored.replies.at(-1)).toMatchObject({ resultId: id, public: true, message: 'We are looking into it, sorry!' });
		const outgoing = state.results.find((r: any) => r.id === result.items[0].json.id);
		expect(outgoing).toMatchObject({ direction: 'outgoing', caseId: original.caseId, text: 'We are looking into it, sorry!' });
	});

	it('Result › Reply privately on a chosen connection', async () => {
		const id = world.samples.replyableResultId;
		const result = await world.run('result', 'reply', { resultId: String(id), message: 'Can you DM your postcode?', visibility: 'private', connectionId: String(world.samples.connectionId) });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ public: false, connectionId: world.samples.connectionId });
		const [post] = await world.requests({ method: 'POST', path: '/replies' });
		expect(post.body.public).toBe('false');
	});

	it('Result › Reply refuses a result whose replyAvailable is false, and sends nothing', async () => {
		const id = world.samples.monitoringOnlyResultId;
		expect((await resultOf(id)).replyAvailable).toBe(false);
		const result = await world.run('result', 'reply', { resultId: String(id), message: 'Hello' });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe(`Result ${id} cannot be replied to (item 0)`);
		expect(result.error?.description).toContain('replyAvailable = false');
		expect(await world.requests({ method: 'POST' })).toHaveLength(1); // only the token request
		const state = await world.state();
		expect(state.cases.every((c: any) => c.replies.length === 0)).toBe(true);
	});

	it('Result › Reply with Continue On Fail: refused and empty items become error items, the good one is sent', async () => {
		const result = await world.run(
			'result',
			'reply',
			{ resultId: '={{ $json.id }}', message: '={{ $json.text }}' },
			{
				items: [
					{ json: { id: world.samples.replyableResultId, text: 'first' } },
					{ json: { id: world.samples.monitoringOnlyResultId, text: 'refused' } },
					{ json: { id: world.samples.replyableResultId, text: '' } },
				],
				continueOnFail: true,
			},
		);
		expect(result.status).toBe('success');
		expect(result.items[0].json.message).toBe('first');
		expect(String(result.items[1].json.error)).toContain('cannot be replied to (item 1)');
		expect(String(result.items[2].json.error)).toContain('"Message" is empty (item 2)');
		expect(await world.requests({ method: 'POST', path: '/replies' })).toHaveLength(1);
	});

	it.each([
		['starttyping', { typing: true }],
		['stoptyping', { typing: false }],
		['closed', { status: 2 }],
		['opened', { status: 1 }],
	])('Result › Send Event %s changes the result', async (event, change) => {
		const id = world.samples.replyableResultId;
		if (event === 'stoptyping' || event === 'opened') {
			const setup = event === 'stoptyping' ? 'starttyping' : 'closed';
			await world.run('result', 'sendEvent', { resultId: String(id), event: setup });
			expect(await resultOf(id)).toMatchObject(event === 'stoptyping' ? { typing: true } : { status: 2 });
		}
		const result = await world.run('result', 'sendEvent', { resultId: String(id), event });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toEqual({ success: true, resultId: id, event, url: `results/${id}/event/${event}` });
		expect(await resultOf(id)).toMatchObject(change);
		const posts = await world.requests({ method: 'POST', path: '/event/' });
		expect(posts.at(-1)!.path).toBe(`/results/${id}/event/${event}`);
	});
});
