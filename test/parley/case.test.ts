import { node, reset, startParley, type ParleyContext } from './helpers';

describe('Parley › Case close, hand over, release handler', () => {
	let ctx: ParleyContext;

	beforeAll(async () => {
		ctx = await startParley();
	});
	afterAll(() => ctx.mock.close());
	beforeEach(() => reset(ctx));

	const caseOf = async (id: number) => (await ctx.mock.state('parley')).cases.find((c: any) => c.id === id);
	const caseNode = (operation: string, extra: Record<string, unknown> = {}) =>
		node({ resource: 'case', operation, searchId: { mode: 'list', value: String(ctx.samples.caseSearchId) }, caseId: String(ctx.samples.caseId), ...extra });

	it('Close closes the case', async () => {
		expect((await caseOf(ctx.samples.caseId)).status).toBe('open');
		const result = await ctx.engine.runNode(caseNode('close'));
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ id: ctx.samples.caseId, status: 'closed' });
		expect((await caseOf(ctx.samples.caseId)).status).toBe('closed');
		const [post] = await ctx.mock.requests({ provider: 'parley', path: '/searches/' });
		expect(`${post.method} ${post.path}`).toBe(`POST /searches/${ctx.samples.caseSearchId}/cases/${ctx.samples.caseId}/close`);
	});

	it('Hand Over makes another user the handler; the case stays open', async () => {
		const result = await ctx.engine.runNode(caseNode('handOver', { handlerId: String(ctx.samples.handlerId) }));
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ handlerId: ctx.samples.handlerId, status: 'open' });
		expect(await caseOf(ctx.samples.caseId)).toMatchObject({ handlerId: ctx.samples.handlerId, status: 'open' });
		const [post] = await ctx.mock.requests({ provider: 'parley', path: '/searches/' });
		expect(post.path).toBe(`/searches/${ctx.samples.caseSearchId}/cases/${ctx.samples.caseId}/close/handOverToHandler/${ctx.samples.handlerId}`);
	});

	it('Release Handler leaves the case without a handler', async () => {
		await ctx.engine.runNode(caseNode('handOver', { handlerId: String(ctx.samples.handlerId) }));
		const result = await ctx.engine.runNode(caseNode('releaseHandler'));
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ handlerId: null });
		expect((await caseOf(ctx.samples.caseId)).handlerId).toBeNull();
		const posts = await ctx.mock.requests({ provider: 'parley', path: '/searches/' });
		expect(posts.at(-1)!.path).toBe(`/searches/${ctx.samples.caseSearchId}/cases/${ctx.samples.caseId}/releaseHandler`);
	});

	it('a case that is not in the chosen search profile answers 404', async () => {
		const result = await ctx.engine.runNode(
			node({ resource: 'case', operation: 'close', searchId: { mode: 'id', value: '103' }, caseId: String(ctx.samples.caseId) }),
		);
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe(`Case ${ctx.samples.caseId} not found in search 103`);
		expect((await caseOf(ctx.samples.caseId)).status).toBe('open');
	});

	it('an unknown handler answers 404 and leaves the case as it was', async () => {
		const before = await caseOf(ctx.samples.caseId);
		const result = await ctx.engine.runNode(caseNode('handOver', { handlerId: '42' }));
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe('Handler 42 not found');
		expect((await caseOf(ctx.samples.caseId)).handlerId).toBe(before.handlerId);
	});
});
