/**
 * Answers that stay the same for one node run (a channel's template list, the account's
 * channels), read once per run instead of once per item. Only a run that provides a memo shares
 * them: the fast path (fast-routing.ts) and Omnichannel Reply do; elsewhere (RoutingNode, pickers)
 * every call reads afresh, as before.
 */
const RUN_MEMO = Symbol('omnichannel run memo');

export type RunMemo = Map<string, unknown>;

/** `ctx` with the run's memo attached (a property on the object, so nothing outlives the run). */
export function attachRunMemo<T extends object>(ctx: T, memo: RunMemo): T {
	Object.defineProperty(ctx, RUN_MEMO, { value: memo, enumerable: false });
	return ctx;
}

/**
 * `load()` once per run and key; later callers in the same run share the answer. A failed load
 * is forgotten, so the next item tries again instead of inheriting a passing failure.
 */
export async function oncePerRun<T>(ctx: object, key: string, load: () => Promise<T>): Promise<T> {
	const memo = (ctx as { [RUN_MEMO]?: RunMemo })[RUN_MEMO];
	if (!memo) return await load();
	let entry = memo.get(key) as Promise<T> | undefined;
	if (!entry) {
		entry = load();
		memo.set(key, entry);
		entry.catch(() => memo.delete(key));
	}
	return await entry;
}

/**
 * `derive()` once per run and key, for what follows from the run's lookups alone (the versions of
 * a template list, what a send of one template is checked against); without a run memo, every
 * call derives afresh.
 */
export function derivedOncePerRun<T>(ctx: object, key: string, derive: () => T): T {
	const memo = (ctx as { [RUN_MEMO]?: RunMemo })[RUN_MEMO];
	if (!memo) return derive();
	if (!memo.has(key)) memo.set(key, derive());
	return memo.get(key) as T;
}
