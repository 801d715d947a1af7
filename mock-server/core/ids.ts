import type { Faker } from '@faker-js/faker';

/**
 * Seeded ids made per request, with exactly the draws (and so exactly the values) of the faker
 * calls they stand for, without the intermediate arrays, option objects and replace callbacks
 * those calls build: a send makes one, and "same seed, same data" must still hold.
 */

const HEX = '0123456789abcdef';
/** faker.string.hexadecimal's alphabet: it draws from both cases, then lower-cases. */
const MIXED_HEX = '0123456789abcdefABCDEF';

/** faker.string.hexadecimal({ length, casing: 'lower', prefix: '' }). */
export function hexId(faker: Faker, length: number): string {
	let id = '';
	for (let i = 0; i < length; i++) id += MIXED_HEX[faker.number.int({ max: MIXED_HEX.length - 1 })];
	return id.toLowerCase();
}

/** faker.string.uuid(): every x of xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx left to right, then the y. */
export function uuidId(faker: Faker): string {
	let x = '';
	for (let i = 0; i < 30; i++) x += HEX[faker.number.int({ min: 0, max: 15 })];
	const y = HEX[faker.number.int({ min: 8, max: 11 })];
	return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(12, 15)}-${y}${x.slice(15, 18)}-${x.slice(18)}`;
}
