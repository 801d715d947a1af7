import { schemaValidator } from '../../mock-server/core/schema-validator';

const common = schemaValidator('common');

/** Fails the test with the schema's complaints unless `value` is a valid CommonMessage. */
export function expectCommonMessage(value: unknown): void {
	expect(common.validate('CommonMessage', value)).toEqual([]);
}

/** Polls until `read` returns something truthy (mock work after an answer is asynchronous). */
export async function eventually<T>(read: () => Promise<T | undefined | false | null>, timeoutMs = 5_000): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = await read();
		if (value) return value;
		if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
