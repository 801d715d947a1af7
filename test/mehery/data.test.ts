import { meheryWorld } from './world';

describe('Mehery › Data', () => {
	const world = meheryWorld();

	it('Push uploads a customer record with links; the same id again replaces it', async () => {
		const push = (name: string) =>
			world.run('data', 'push', {
				objectType: 'CUSTOMER',
				objectId: 'C34567',
				data: JSON.stringify({ name, tier: 'Platinum' }),
				links: { link: [{ linkName: 'account', linkType: 'ACCOUNT', linkValue: 'A-1' }] },
			});
		const first = await push('Ada');
		expect(first.status).toBe('success');
		expect(first.items[0].json).toEqual({ id: 'C34567', type: 'CUSTOMER', data: { name: 'Ada', tier: 'Platinum' }, links: [{ linkName: 'account', linkType: 'ACCOUNT', linkValue: 'A-1' }] });
		await push('Ada Lovelace');
		const objects = (await world.state()).dataObjects;
		expect(objects).toHaveLength(1);
		expect(objects[0].data.name).toBe('Ada Lovelace');

		const bad = await world.run('data', 'push', { objectType: 'CUSTOMER', objectId: 'C1', data: '{not json' }, { continueOnFail: true });
		expect(String(bad.items[0].json.error)).toContain('"Data" is not valid JSON (item 0)');
	});
});
