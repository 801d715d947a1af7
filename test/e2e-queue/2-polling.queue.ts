import { outputOf } from '../e2e/context';
import { POLLING_TRIGGERS } from '../e2e/providers';
import { credentialFor, mockControl, packageNode, publicApi, queueRun, sleep, StackControl, waitForEnded } from './context';

/**
 * The Parley polling trigger under queue mode: main polls (every minute), the executions run on
 * workers. A new result fires once; main is restarted (SIGTERM, as a deploy does); a result that
 * arrives while main is down fires once after the restart and the first one does not fire
 * again: the cursor lives in the workflow's static data in PostgreSQL, not in main's memory.
 */
const run = queueRun();
const api = publicApi(run);
const mock = mockControl(run);
const control = new StackControl(run);
const row = POLLING_TRIGGERS.find((r) => r.node === 'parleyTrigger')!;

describe('Parley Trigger (polling) across a main restart', () => {
	let workflowId: string | undefined;
	let samples: Record<string, any>;
	const polls = async () => (await mock.requests({ provider: row.slug, method: 'GET' })).filter((r) => row.pollPath.test(r.path));
	const results: any[] = [];

	beforeAll(async () => {
		await mock.json('POST', '/__control/reset');
		const credential = credentialFor(run, row.slug);
		samples = credential.samples;
		const credentials = { [credential.type]: { id: credential.id, name: credential.name } };
		const created = await api.createWorkflow({
			name: `queue parley polling ${Date.now()}`,
			// The trigger alone: what is checked is how often it fires (replies are the e2e suite's;
			// the mock refuses a second reply in the same case anyway).
			nodes: [packageNode(run, row.node, 'Trigger', row.parameters(samples), { credentials })],
			connections: {},
		});
		workflowId = created.id;
	});

	afterAll(async () => {
		if (!workflowId) return;
		await api.deactivate(workflowId).catch(() => undefined);
		await api.deleteWorkflow(workflowId).catch(() => undefined);
	});

	it('activation through main polls at once without firing; a new result fires once, on a worker', async () => {
		expect((await api.activate(workflowId!)).active).toBe(true);
		const deadline = Date.now() + 30_000;
		while ((await polls()).length === 0 && Date.now() < deadline) await sleep(250);
		expect((await polls()).length).toBeGreaterThan(0);
		expect(await api.executions(workflowId!)).toEqual([]);

		results.push(await mock.simulate(row.slug, row.simulate.kind, row.simulate.body(samples)));
		const executions = await waitForEnded(run, workflowId!, 1, 150_000);
		expect(executions.map((e) => e.status)).toEqual(['success']);
		const execution = await api.waitForExecution(executions[0].id);
		row.expectTriggerItem(outputOf(execution, 'Trigger')[0], samples, results[0]);
		expect(await control.workerOf(execution.id)).toEqual([expect.stringMatching(/^worker\d$/)]);
	}, 240_000);

	it('main restarted: a result that came while it was down fires once, the first one never again', async () => {
		await control.stop('main');
		results.push(await mock.simulate(row.slug, row.simulate.kind, { ...row.simulate.body(samples), text: 'Second result, while main was down' }));
		const pollsBefore = (await polls()).length;
		await control.start('main');

		const executions = await waitForEnded(run, workflowId!, 2, 180_000);
		const detailed = await Promise.all(executions.map((e) => api.waitForExecution(e.id)));
		expect(detailed.map((e) => ({ status: e.status, error: e.data?.resultData.error?.message }))).toEqual([
			{ status: 'success', error: undefined },
			{ status: 'success', error: undefined },
		]);
		const newest = await api.waitForExecution(executions.map((e) => e.id).sort((a, b) => Number(b) - Number(a))[0]);
		expect(outputOf(newest, 'Trigger')).toEqual([expect.objectContaining({ id: results[1].id })]);

		// At least one more poll after that one: still exactly two executions.
		const pollsAfter = (await polls()).length;
		const deadline = Date.now() + 90_000;
		while ((await polls()).length <= pollsAfter && Date.now() < deadline) await sleep(1000);
		expect((await polls()).length).toBeGreaterThan(pollsBefore);
		await sleep(5_000);
		expect((await waitForEnded(run, workflowId!, 2, 10_000)).length).toBe(2);
		// Each result came out of the trigger exactly once over both executions.
		const fired = detailed.flatMap((e) => outputOf(e, 'Trigger').map((item) => item.id));
		expect(fired.sort()).toEqual(results.map((x) => x.id).sort());
	}, 420_000);
});
