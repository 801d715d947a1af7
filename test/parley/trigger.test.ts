import type { INodeParameters } from 'n8n-workflow';

import { pollingTrigger, type NodeSpec } from '../harness';
import { parleyWorld } from './world';

describe('Parley Trigger (polling a search profile)', () => {
	const world = parleyWorld();

	const trigger = (parameters: Record<string, unknown> = {}): NodeSpec => ({
		type: 'parleyTrigger',
		// Simplify off: these tests assert Parley's own result shape.
		parameters: { searchProfile: { mode: 'list', value: 'Customer Service' }, simplify: false, ...parameters } as INodeParameters,
	});
	const ids = (output: Awaited<ReturnType<ReturnType<typeof pollingTrigger>['poll']>>) => (output?.[0] ?? []).map((i) => i.json.id);
	const newResult = (text: string, extra: Record<string, unknown> = {}) => world.mock.simulate('parley', 'result', { searchId: 101, text, ...extra });

	it('three polls: nothing new, two new, one new; each result emitted once, in order', async () => {
		const poller = pollingTrigger(world.engine, trigger());
		// First poll after activation: notes the newest result, emits no history.
		expect(await poller.poll()).toBeNull();
		const newestSeeded = Math.max(...(await world.state()).results.filter((r: any) => r.searchId === 101 && r.status !== 5).map((r: any) => r.id));
		expect(poller.staticData().lastResultId).toBe(newestSeeded);

		expect(await poller.poll()).toBeNull();

		const a = await newResult('First new question');
		const b = await newResult('Second new question');
		await world.mock.simulate('parley', 'result', { searchId: 102, source: 'web', text: 'Elsewhere' });
		const second = await poller.poll();
		expect(ids(second)).toEqual([a.id, b.id]);
		expect(second![0][0].json).toMatchObject({ text: 'First new question', searchId: 101 });

		const c = await newResult('Third new question');
		expect(ids(await poller.poll())).toEqual([c.id]);
		expect(await poller.poll()).toBeNull();
		expect(poller.staticData().lastResultId).toBe(c.id);

		const searches = await world.requests({ path: '/results/' });
		expect(searches.at(-1)!.path).toContain(`/least+recent/sinceId:${c.id}/limit:100/`);
		// The trigger never uses Parley's shared "new results" marker.
		expect(searches.every((r) => !r.path.includes('new+results'))).toBe(true);
	});

	it('remembers the last result across a restart (workflow static data)', async () => {
		const poller = pollingTrigger(world.engine, trigger());
		await poller.poll();
		const a = await newResult('Before restart');
		expect(ids(await poller.poll())).toEqual([a.id]);

		const restarted = poller.restart();
		expect(restarted.staticData().lastResultId).toBe(a.id);
		expect(await restarted.poll()).toBeNull();
		const b = await newResult('After restart');
		expect(ids(await restarted.poll())).toEqual([b.id]);
	});

	it('applies the chosen sources and filters', async () => {
		const poller = pollingTrigger(world.engine, trigger({ sources: ['whatsapp'], filters: { sentiments: ['negative'] } }));
		await poller.poll();
		await newResult('Wrong source', { source: 'twitter', sentiment: 'negative' });
		await newResult('Wrong sentiment', { source: 'whatsapp', sentiment: 'positive' });
		const match = await newResult('Match', { source: 'whatsapp', sentiment: 'negative' });
		expect(ids(await poller.poll())).toEqual([match.id]);
		const [first] = await world.requests({ path: '/results/' });
		expect(first.path).toBe('/results/Customer+Service/source:whatsapp/negative/most+recent/limit:1/');
	});

	it('emits existing results on the first poll only when asked, oldest first, up to the limit', async () => {
		const poller = pollingTrigger(world.engine, trigger({ options: { emitExisting: true, existingLimit: 3 } }));
		const live = (await world.state()).results
			.filter((r: any) => r.searchId === 101 && r.status !== 5)
			.sort((x: any, y: any) => x.id - y.id)
			.map((r: any) => r.id);
		expect(ids(await poller.poll())).toEqual(live.slice(-3));
		expect(await poller.poll()).toBeNull();
	});

	it('pages through more than one page of new results', async () => {
		const poller = pollingTrigger(world.engine, trigger());
		await poller.poll();
		const added = [];
		for (let i = 0; i < 102; i++) added.push((await newResult(`Burst ${i}`)).id);
		expect(ids(await poller.poll())).toEqual(added);
		const paths = (await world.requests({ path: '/results/' })).slice(1).map((r) => r.path.replace(/^.*\/limit:/, 'limit:'));
		expect(paths).toEqual(['limit:100/', 'limit:100/offset:100/']);
	});

	it('Fetch Test Event shows the newest result and leaves the cursor alone', async () => {
		const poller = pollingTrigger(world.engine, trigger());
		const a = await newResult('Newest');
		expect(ids(await poller.poll('manual'))).toEqual([a.id]);
		expect(poller.staticData().lastResultId).toBeUndefined();
	});

	it('a failing poll keeps the cursor, so nothing is lost', async () => {
		const poller = pollingTrigger(world.engine, trigger());
		await poller.poll();
		const before = poller.staticData().lastResultId;
		const a = await newResult('During an outage');
		await world.mock.fault({ provider: 'parley', path: '/results/**', status: 500, count: 1 });
		await expect(poller.poll()).rejects.toThrow();
		expect(poller.staticData().lastResultId).toBe(before);
		expect(ids(await poller.poll())).toEqual([a.id]);
	});
});
