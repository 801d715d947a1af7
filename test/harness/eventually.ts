/**
 * Polls until `read` returns something truthy and returns it; throws when `timeoutMs` passes first.
 * For work the mock (or a trigger) does after it has answered, e.g. a bulk job or a stored message.
 */
export async function eventually<T>(read: () => Promise<T | undefined | false | null>, timeoutMs = 5_000, intervalMs = 20): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = await read();
		if (value) return value;
		if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}
