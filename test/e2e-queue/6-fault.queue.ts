import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Burst } from './burst';
import { allExecutions, ROOT, sleep, StackControl } from './context';

/**
 * A worker killed (SIGKILL) in the middle of a burst. What n8n does with the executions that
 * worker held is n8n's behaviour and is reported (.n8n-e2e/queue-fault.json and the output);
 * what the package controls is asserted: a reply is only ever sent twice when n8n ran the same
 * execution again on another worker (both workers' logs name it), never by the package's own
 * retries (it retries only 429/503 answers, and the mock gave none), and every reply request the
 * mock logged was accepted once.
 */
const COUNT = Number(process.env.QUEUE_FAULT_BURST ?? 300);
const burst = new Burst();
const control = new StackControl(burst.run);

beforeAll(() => burst.create());
afterAll(() => burst.remove());

it(`worker1 killed mid-burst of ${COUNT}: n8n's handling reported; no duplicate from the package's own retries`, async () => {
	let killedAt = 0;
	let killing: Promise<unknown> | undefined;
	const sending = burst.send('fault', COUNT, (sent) => {
		if (sent === Math.floor(COUNT / 3) && !killing) {
			killedAt = Date.now();
			killing = control.kill('worker1');
		}
	});
	await sending;
	await killing;
	// Bull notices a dead worker's jobs when their lock runs out (about 30 s) and hands them on.
	const { counts } = await burst.waitForReplies('fault', COUNT, 90_000, 600_000);
	await sleep(5_000);
	const final = await burst.replies('fault');
	const executions = await allExecutions(burst.run, burst.workflowId);
	const byWorker = await control.workers();
	const ranOn = (id: string) => Object.entries(byWorker).filter(([, ids]) => ids.includes(String(id))).map(([w]) => w);

	const duplicated = [...final].filter(([, ids]) => ids.length > 1);
	const report = {
		inboundSent: COUNT,
		webhookServedAfterActivationMs: burst.readyAfterMs,
		inboundDeliveredToN8n: (await burst.mock.json('GET', '/__control/deliveries?provider=spotler')).filter((d: any) => d.state === 'delivered').length,
		killedAfterSeconds: Math.round((Date.now() - killedAt) / 1000),
		answeredOnce: [...final.values()].filter((ids) => ids.length === 1).length,
		answeredTwiceOrMore: duplicated.length,
		notAnswered: COUNT - final.size,
		executions: executions.length,
		executionStatuses: executions.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.status]: (acc[e.status] ?? 0) + 1 }), {}),
		ranOnBothWorkers: executions.filter((e) => ranOn(e.id).length > 1).map((e) => ({ id: e.id, status: e.status })),
		duplicates: duplicated.map(([text, ids]) => ({ text, executions: ids, ranOn: ids.map((id) => ranOn(id)) })),
		stillChangingAtEnd: counts.size !== final.size,
	};
	writeFileSync(join(ROOT, '.n8n-e2e', 'queue-fault.json'), JSON.stringify(report, null, 2));
	process.stdout.write(`\nworker killed mid-burst, what n8n did: ${JSON.stringify(report, null, 2)}\n`);

	// A message answered twice: the same execution, run by both workers (n8n's re-run), never one worker twice.
	for (const d of report.duplicates) {
		expect(new Set(d.executions).size).toBe(1);
		expect(d.ranOn[0].sort()).toEqual(['worker1', 'worker2']);
	}
	// The package's retry path never fired: no reply request was answered 429/503, and each logged reply request was accepted.
	const replyPosts = (await burst.mock.requests({ provider: 'spotler', method: 'POST' })).filter((r) => /messages/.test(r.path));
	expect(replyPosts.filter((r) => r.status === 429 || r.status === 503)).toEqual([]);
	const accepted = [...final.values()].reduce((a, ids) => a + ids.length, 0);
	expect(replyPosts.filter((r) => r.status !== undefined && r.status < 300).length).toBe(accepted);
	// Every execution n8n reports as successful sent its reply (the package does not lose one).
	const replyExecutions = [...final.values()].flat();
	expect(executions.filter((e) => e.status === 'success' && !replyExecutions.includes(String(e.id))).map((e) => e.id)).toEqual([]);
	expect(report.answeredOnce).toBeGreaterThan(0);

	await control.start('worker1');
}, 1_200_000);
