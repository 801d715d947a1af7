import { node, reset, startParley, type ParleyContext } from './helpers';

describe('Parley › Result get, reply and events; SSO Access Token', () => {
	let ctx: ParleyContext;

	beforeAll(async () => {
		ctx = await startParley();
	});
	afterAll(() => ctx.mock.close());
	beforeEach(() => reset(ctx));

	const resultOf = async (id: number) => (await ctx.mock.state('parley')).results.find((r: any) => r.id === id);

	it('SSO Access Token › Get regenerates the token of a user on every call', async () => {
		const email = ctx.samples.userEmail;
		const first = await ctx.engine.runNode(node({ resource: 'ssoAccessToken', operation: 'get', email: ` ${email.toUpperCase()} ` }));
		expect(first.status).toBe('success');
		expect(first.items[0].json).toMatchObject({ email, accessToken: expect.stringMatching(/^[0-9a-f]{48}$/), expiresAt: expect.any(String) });
		const second = await ctx.engine.runNode(node({ resource: 'ssoAccessToken', operation: 'get', email }));
		expect(second.items[0].json.accessToken).not.toBe(first.items[0].json.accessToken);
		expect((await ctx.mock.state('parley')).ssoTokens[email].accessToken).toBe(second.items[0].json.accessToken);
		const [request] = await ctx.mock.requests({ provider: 'parley', path: '/ssoAccessToken/' });
		expect(request.path).toBe(`/ssoAccessToken/${encodeURIComponent(email.toUpperCase())}`);
	});

	it('SSO Access Token › Get for an unknown user answers 404 in the gateway format', async () => {
		const result = await ctx.engine.runNode(node({ resource: 'ssoAccessToken', operation: 'get', email: 'nobody@example.org' }));
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe('No Tracebuzz user with e-mail nobody@example.org');
	});

	it('SSO Access Token › Get refuses something that is not an e-mail address before any request', async () => {
		const result = await ctx.engine.runNode(node({ resource: 'ssoAccessToken', operation: 'get', email: 'jane/../configuration' }));
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Email" "jane/../configuration" is not an e-mail address (item 0)');
		expect(await ctx.mock.requests({ provider: 'parley', path: '/ssoAccessToken' })).toHaveLength(0);
	});

	it('Result › Get returns the result with the other results of its case', async () => {
		const state = await ctx.mock.state('parley');
		const busyCase = state.cases.find((c: any) => c.resultIds.length === 3 && c.resultIds.every((id: number) => state.results.find((r: any) => r.id === id).status !== 5));
		const [resultId, ...others] = busyCase.resultIds;
		const result = await ctx.engine.runNode(node({ resource: 'result', operation: 'get', resultId: String(resultId) }));
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(1);
		expect((result.items[0].json.result as any).id).toBe(resultId);
		expect((result.items[0].json.context as any[]).map((r) => r.id)).toEqual(others);
		const [request] = await ctx.mock.requests({ provider: 'parley', path: '/results/' });
		expect(request.path).toBe(`/results/${resultId}`);
	});

	it('Result › Get Without Context returns only the result', async () => {
		const id = ctx.samples.replyableResultId;
		const result = await ctx.engine.runNode(node({ resource: 'result', operation: 'getWithoutContext', resultId: `={{ $json.id }}` }), [{ json: { id } }]);
		expect(result.status).toBe('success');
		expect(result.items[0].json).toEqual(await resultOf(id));
		const [request] = await ctx.mock.requests({ provider: 'parley', path: '/results/' });
		expect(request.path).toBe(`/results/${id}/noContext`);
	});

	it('Result › Get of an unknown result answers 404; a non-numeric id fails before any request', async () => {
		const missing = await ctx.engine.runNode(node({ resource: 'result', operation: 'get', resultId: '999' }));
		expect(missing.error?.httpCode).toBe('404');
		expect(missing.error?.message).toBe('Result 999 not found');
		const bad = await ctx.engine.runNode(node({ resource: 'result', operation: 'getWithoutContext', resultId: 'abc' }));
		expect(bad.error?.message).toBe('"Result ID" "abc" is not an ID (a whole number) (item 0)');
		expect(await ctx.mock.requests({ provider: 'parley', path: '/results/abc' })).toHaveLength(0);
	});

	it('Result › Reply publicly on the result\'s own connection: form body, appended to the case', async () => {
		const id = ctx.samples.replyableResultId;
		const original = await resultOf(id);
		const result = await ctx.engine.runNode(node({ resource: 'result', operation: 'reply', resultId: String(id), message: 'We are looking into it, sorry!' }));
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ resultId: id, caseId: original.caseId, connectionId: original.connectionId, public: true, message: 'We are looking into it, sorry!' });
		const [post] = await ctx.mock.requests({ provider: 'parley', method: 'POST', path: '/replies' });
		expect(post.headers['content-type']).toContain('application/x-www-form-urlencoded');
		expect(post.body).toEqual({ message: 'We are looking into it, sorry!', connectionId: String(original.connectionId), public: 'true' });
		const state = await ctx.mock.state('parley');
		const stored = state.cases.find((c: any) => c.id === original.caseId);
		expect(stored.replies.at(-1)).toMatchObject({ resultId: id, public: true, message: 'We are looking into it, sorry!' });
		const outgoing = state.results.find((r: any) => r.id === result.items[0].json.id);
		expect(outgoing).toMatchObject({ direction: 'outgoing', caseId: original.caseId, text: 'We are looking into it, sorry!' });
	});

	it('Result › Reply privately on a chosen connection', async () => {
		const id = ctx.samples.replyableResultId;
		const result = await ctx.engine.runNode(
			node({ resource: 'result', operation: 'reply', resultId: String(id), message: 'Can you DM your postcode?', visibility: 'private', connectionId: String(ctx.samples.connectionId) }),
		);
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ public: false, connectionId: ctx.samples.connectionId });
		const [post] = await ctx.mock.requests({ provider: 'parley', method: 'POST', path: '/replies' });
		expect(post.body.public).toBe('false');
	});

	it('Result › Reply refuses a result whose replyAvailable is false, and sends nothing', async () => {
		const id = ctx.samples.monitoringOnlyResultId;
		expect((await resultOf(id)).replyAvailable).toBe(false);
		const result = await ctx.engine.runNode(node({ resource: 'result', operation: 'reply', resultId: String(id), message: 'Hello' }));
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe(`Result ${id} cannot be replied to (item 0)`);
		expect(result.error?.description).toContain('replyAvailable = false');
		expect(await ctx.mock.requests({ provider: 'parley', method: 'POST' })).toHaveLength(1); // only the token request
		const state = await ctx.mock.state('parley');
		expect(state.cases.every((c: any) => c.replies.length === 0)).toBe(true);
	});

	it('Result › Reply with Continue On Fail: refused and empty items become error items, the good one is sent', async () => {
		const result = await ctx.engine.runNode(
			node({ resource: 'result', operation: 'reply', resultId: '={{ $json.id }}', message: '={{ $json.text }}' }, true),
			[
				{ json: { id: ctx.samples.replyableResultId, text: 'first' } },
				{ json: { id: ctx.samples.monitoringOnlyResultId, text: 'refused' } },
				{ json: { id: ctx.samples.replyableResultId, text: '' } },
			],
		);
		expect(result.status).toBe('success');
		expect(result.items[0].json.message).toBe('first');
		expect(String(result.items[1].json.error)).toContain('cannot be replied to (item 1)');
		expect(String(result.items[2].json.error)).toContain('"Message" is empty (item 2)');
		expect(await ctx.mock.requests({ provider: 'parley', method: 'POST', path: '/replies' })).toHaveLength(1);
	});

	it.each([
		['starttyping', { typing: true }],
		['stoptyping', { typing: false }],
		['closed', { status: 2 }],
		['opened', { status: 1 }],
	])('Result › Send Event %s changes the result', async (event, change) => {
		const id = ctx.samples.replyableResultId;
		if (event === 'stoptyping' || event === 'opened') {
			const setup = event === 'stoptyping' ? 'starttyping' : 'closed';
			await ctx.engine.runNode(node({ resource: 'result', operation: 'sendEvent', resultId: String(id), event: setup }));
			expect(await resultOf(id)).toMatchObject(event === 'stoptyping' ? { typing: true } : { status: 2 });
		}
		const result = await ctx.engine.runNode(node({ resource: 'result', operation: 'sendEvent', resultId: String(id), event }));
		expect(result.status).toBe('success');
		expect(result.items[0].json).toEqual({ success: true, resultId: id, event, url: `results/${id}/event/${event}` });
		expect(await resultOf(id)).toMatchObject(change);
		const posts = await ctx.mock.requests({ provider: 'parley', method: 'POST', path: '/event/' });
		expect(posts.at(-1)!.path).toBe(`/results/${id}/event/${event}`);
	});
});
