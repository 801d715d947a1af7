import { parleyWorld } from './world';

describe('Parley › Case close, hand over, release handler', () => {
	const world = parleyWorld();

	const caseOf = async (id: number) => (await world.state()).cases.find((c: any) => c.id === id);
	const runCase = (operation: string, extra: Record<string, unknown> = {}) =>
		world.run('case', operation, { searchId: { mode: 'list', value: String(world.samples.caseSearchId) }, caseId: String(world.samples.caseId), ...extra });

	it('Close closes the case', async () => {
		expect((await caseOf(world.samples.caseId)).status).toBe('open');
		const result = await runCase('close');
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ id: world.samples.caseId, status: 'closed' });
		expect((await caseOf(world.samples.caseId)).status).toBe('closed');
		const [post] = await world.requests({ path: '/searches/' });
		expect(`${post.method} ${post.path}`).toBe(`POST /searches/${world.samples.caseSearchId}/cases/${world.samples.caseId}/close`);
	});

	it('Hand Over makes another user the handler; the case stays open', async () => {
		const result = await runCase('handOver', { handlerId: String(world.samples.handlerId) });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ handlerId: world.samples.handlerId, status: 'open' });
		expect(await caseOf(world.samples.caseId)).toMatchObject({ handlerId: world.samples.handlerId, status: 'open' });
		const [post] = await world.requests({ path: '/searches/' });
		expect(post.path).toBe(`/searches/${world.samples.caseSearchId}/cases/${world.samples.caseId}/close/handOverToHandler/${world.samples.handlerId}`);
	});

	it('Release Handler leaves the case without a handler', async () => {
		await runCase('handOver', { handlerId: String(world.samples.handlerId) });
		const result = await runCase('releaseHandler');
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ handlerId: null });
		expect((await caseOf(world.samples.caseId)).handlerId).toBeNull();
		const posts = await world.requests({ path: '/searches/' });
		expect(posts.at(-1)!.path).toBe(`/searches/${world.samples.caseSearchId}/cases/${world.samples.caseId}/releaseHandler`);
	});

	it('a case that is not in the chosen search profile answers 404', async () => {
		const result = await world.run('case', 'close', { searchId: { mode: 'id', value: '103' }, caseId: String(world.samples.caseId) });
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe(`Case ${world.samples.caseId} not found in search 103`);
		expect((await caseOf(world.samples.caseId)).status).toBe('open');
	});

	it('an unknown handler answers 404 and leaves the case as it was', async () => {
		const before = await caseOf(world.samples.caseId);
		const result = await runCase('handOver', { handlerId: '42' });
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.message).toBe('Handler 42 not found');
		expect((await caseOf(world.samples.caseId)).handlerId).toBe(before.handlerId);
	});
});
