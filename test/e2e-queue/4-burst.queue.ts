import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Burst, measure } from './burst';
import { ROOT, StackControl, waitForEnded } from './context';

/**
 * 1,000 inbound Spotler messages through the webhook process, each answered by Omnichannel Reply
 * on a worker: the mock's conversation holds exactly 1,000 replies, one per message. Then the
 * figures: replies per second with two workers and with one (the second worker stopped).
 */
const BURST = Number(process.env.QUEUE_BURST ?? 1000);
const FIGURE_N = Number(process.env.QUEUE_FIGURE_N ?? 300);
const burst = new Burst();
const control = new StackControl(burst.run);
const figures: Record<string, unknown> = {};

beforeAll(() => burst.create());
afterAll(async () => {
	await burst.remove();
	writeFileSync(join(ROOT, '.n8n-e2e', 'queue-figures.json'), JSON.stringify(figures, null, 2));
	process.stdout.write(`\nqueue-mode figures (this machine): ${JSON.stringify(figures, null, 2)}\n`);
});

it(`a burst of ${BURST} inbound messages: exactly ${BURST} replies, one per message, none lost or duplicated`, async () => {
	const result = await measure(burst, 'burst', BURST);
	figures.burst = { messages: BURST, workers: 2, webhookServedAfterActivationMs: burst.readyAfterMs, ...result };
	const counts = await burst.replies('burst');
	const expected = Array.from({ length: BURST }, (_, i) => `Re: burst ${String(i + 1).padStart(5, '0')}`);
	// A message n8n's webhook process refused on every try (it answers 503 while its database is
	// out of reach on an overloaded host) never reached the package: reported as n8n's, with its
	// answers. Every message n8n took must be answered exactly once.
	const deliveries = (await burst.mock.json('GET', '/__control/deliveries?provider=spotler')) as any[];
	const deliveryOf = new Map(deliveries.map((d) => [/(burst \d{5})/.exec(JSON.stringify(d))?.[1], d]));
	const taken = (text: string) => (deliveryOf.get(text.slice(4))?.attempts ?? []).some((a: any) => a.status >= 200 && a.status < 300);
	const missing = expected.filter((t) => !counts.has(t));
	figures.refusedByN8n = missing.filter((t) => !taken(t)).map((t) => ({ message: t.slice(4), answers: (deliveryOf.get(t.slice(4))?.attempts ?? []).map((a: any) => a.status ?? a.error) }));
	expect(missing.filter(taken)).toEqual([]);
	// More than a stray refusal means the stack is misconfigured (e.g. too small a database pool), not loaded.
	expect((figures.refusedByN8n as unknown[]).length).toBeLessThanOrEqual(BURST / 100);
	expect([...counts].filter(([, ids]) => ids.length !== 1)).toEqual([]);
	expect(counts.size).toBe(BURST - (figures.refusedByN8n as unknown[]).length);
	const accepted = counts.size;
	const executions = await burst.counted(await waitForEnded(burst.run, burst.workflowId, accepted + (await burst.warmupExecutions()), 120_000));
	expect({ executions: executions.length, succeeded: executions.filter((e) => e.status === 'success').length }).toEqual({ executions: accepted, succeeded: accepted });
	// Both workers took part (their logs name the executions).
	const byWorker = await control.workers();
	const ids = new Set(executions.map((e) => String(e.id)));
	const share = Object.fromEntries(Object.entries(byWorker).map(([w, list]) => [w, list.filter((id) => ids.has(id)).length]));
	figures.burstShare = share;
	expect(Object.values(share).reduce((a, b) => a + b, 0)).toBe(accepted);
	expect(Object.values(share).every((n) => n > 0)).toBe(true);
}, 900_000);

it(`figures: ${FIGURE_N} deliveries answered per second with two workers, then with one`, async () => {
	const two = await measure(burst, 'two', FIGURE_N);
	await control.stop('worker2');
	try {
		const one = await measure(burst, 'one', FIGURE_N);
		figures.perSecond = { messages: FIGURE_N, twoWorkers: two, oneWorker: one };
		for (const r of [two, one]) expect({ answered: r.answered, duplicated: r.duplicated }).toEqual({ answered: FIGURE_N, duplicated: 0 });
	} finally {
		await control.start('worker2');
	}
}, 1_200_000);
