import { social25, social25World } from './world';

const DAY = 86_400_000;
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString().slice(0, 19);

describe('Social25 › Failed Sync › Get Many', () => {
	const s = social25World();

	it('lists the failed syncs of a window, sending naive UTC times', async () => {
		const result = await s.engine.runNode(social25('failedSync', 'getAll', { fromTime: iso(30 * DAY), tillTime: iso(DAY), returnAll: true }));
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.log_message).toContain('INVALID_LOGIN');
		const [request] = await s.requests();
		expect(request.path).toBe(`/tenants/${s.samples.tenantId}/messages/failed/`);
		expect((request.query as any).from_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
		expect(request.query).toMatchObject({ type: 'standard' });
	});

	it('reports the 31-day limit and the 15-minute rule as Social25 answers them', async () => {
		const tooLong = await s.engine.runNode(social25('failedSync', 'getAll', { fromTime: iso(40 * DAY), tillTime: iso(DAY), returnAll: true }));
		expect(tooLong.error?.httpCode).toBe('400');
		expect(tooLong.error?.message).toBe('till_time: There can not be more than 31 days between from_time and till_time.');
		const tooRecent = await s.engine.runNode(social25('failedSync', 'getAll', { fromTime: iso(DAY), tillTime: iso(60_000), returnAll: true }));
		expect(tooRecent.error?.httpCode).toBe('400');
		expect(tooRecent.error?.message).toContain('till_time: Failed syncs can only be retrieved 15 minutes after');
	});
});
