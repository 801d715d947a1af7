import { schemaValidator } from '../../mock-server/core/schema-validator';

const common = schemaValidator('common');

/** Fails the test with the schema's complaints unless `value` is a valid CommonMessage. */
export function expectCommonMessage(value: unknown): void {
	expect(common.validate('CommonMessage', value)).toEqual([]);
}
