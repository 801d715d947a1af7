import { sleep, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';

/**
 * How many items a send operation has in flight at once, and how the user paces them. The
 * provider documents give no rate limit; 10 parallel requests keep one workflow well within what
 * an API takes from one client (n8n's own routing sends every item at once), and a 429 from the
 * provider slows the whole run down (RateGate in request-pipeline.ts).
 */
export const DEFAULT_CONCURRENCY = 10;
const MAX_CONCURRENCY = 100;

export interface Batching {
	/** Requests in flight at once. */
	concurrency: number;
	/** With Batching: items per batch (0 = no batches). */
	batchSize: number;
	/** With Batching: the pause between two batches. */
	intervalMs: number;
}

/**
 * "Parallel Requests": added to the Request Options n8n gives every declarative node (n8n merges
 * a node's own requestOptions options into its Batching, Proxy, SSL and Timeout), and to
 * Omnichannel Reply's settings. Saved workflows have no value and get the default.
 */
export const concurrencyOption: INodeProperties = {
	displayName: 'Parallel Requests',
	name: 'concurrency',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
	default: DEFAULT_CONCURRENCY,
	description: 'How many messages are sent at the same time. Lower it if the provider answers "too many requests"; the node already waits and slows down when it does.',
};

/** The Request Options of a declarative node: n8n adds Batching, Proxy, SSL and Timeout to it. */
export const requestOptionsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	isNodeSetting: true,
	placeholder: 'Add Option',
	default: {},
	options: [concurrencyOption],
};

/** Omnichannel Reply's settings: the same names as a declarative node's, so one reader serves all. */
export const replyRequestOptionsProperty: INodeProperties = {
	...requestOptionsProperty,
	options: [
		{
			displayName: 'Batching',
			name: 'batching',
			placeholder: 'Add Batching',
			type: 'fixedCollection',
			typeOptions: { multipleValues: false },
			default: { batch: {} },
			options: [
				{
					displayName: 'Batching',
					name: 'batch',
					values: [
						{
							displayName: 'Items per Batch',
							name: 'batchSize',
							type: 'number',
							typeOptions: { minValue: -1 },
							default: 50,
							description: 'Input will be split in batches to throttle requests. -1 for disabled. 0 will be treated as 1.',
						},
						{
							displayName: 'Batch Interval (Milliseconds)',
							name: 'batchInterval',
							type: 'number',
							typeOptions: { minValue: 0 },
							default: 1000,
							description: 'Time (in milliseconds) between each batch of requests. 0 for disabled.',
						},
					],
				},
			],
		},
		concurrencyOption,
	],
};

/** The run's pacing, from Request Options (read once: n8n evaluates them for the first item too). */
export function batchingOf(ctx: IExecuteFunctions): Batching {
	const options = (ctx.getNodeParameter('requestOptions', 0, {}) ?? {}) as IDataObject;
	const requested = Number(options.concurrency ?? DEFAULT_CONCURRENCY);
	const concurrency = Number.isFinite(requested) ? Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(requested))) : DEFAULT_CONCURRENCY;
	const batch = ((options.batching as IDataObject | undefined)?.batch ?? {}) as IDataObject;
	const size = Number(batch.batchSize ?? -1);
	const intervalMs = Number(batch.batchInterval ?? 0);
	// As n8n's routing reads it: -1 is off, 0 counts as 1; an interval of 0 means no pause.
	const batchSize = size < 0 || !(intervalMs > 0) ? 0 : Math.max(1, size);
	return { concurrency: batchSize ? Math.min(concurrency, batchSize) : concurrency, batchSize, intervalMs: batchSize ? intervalMs : 0 };
}

/**
 * Runs `task` for indexes from..to-1, at most `concurrency` at once; after a throw no new one
 * starts. The first index runs alone: what every item needs once (a token exchange, a template
 * list read once per run) is then in place before the others start, instead of being fetched by
 * each of the first few in parallel.
 */
async function bounded(from: number, to: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
	if (from >= to) return;
	if (from === 0 && concurrency > 1) {
		await task(0);
		from = 1;
	}
	let next = from;
	const failures: Array<{ index: number; error: unknown }> = [];
	const worker = async () => {
		while (failures.length === 0 && next < to) {
			const index = next++;
			try {
				await task(index);
			} catch (error) {
				failures.push({ index, error });
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, to - from)) }, worker));
	// The earliest item's error, as a run one item at a time would have thrown.
	if (failures.length > 0) throw failures.reduce((a, b) => (b.index < a.index ? b : a)).error;
}

/**
 * Runs `task` once per item under the run's pacing. A task that throws (an item failing without
 * Continue On Fail) stops the run: items not yet started are not sent, and that error is thrown
 * once the ones in flight have ended.
 */
export async function forEachItem(count: number, batching: Batching, task: (itemIndex: number) => Promise<void>): Promise<void> {
	if (!batching.batchSize) return await bounded(0, count, batching.concurrency, task);
	for (let start = 0; start < count; start += batching.batchSize) {
		if (start > 0) await sleep(batching.intervalMs);
		await bounded(start, Math.min(count, start + batching.batchSize), batching.concurrency, task);
	}
}
