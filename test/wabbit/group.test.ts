import { wabbitWorld } from './world';

describe('Wabbit › Group (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Group › Get Many', async () => {
		const list = await t.run('group', 'getMany', { returnAll: true });
		expect(list.items.map((i) => i.json)).toEqual([
			{ id: 1, name: 'Admin' },
			{ id: 2, name: 'Regular user' },
			{ id: 3, name: 'App integration' },
			{ id: 4, name: 'Agents' },
		]);
		expect((await t.apiRequests())[0].path).toBe('/api/v1/groups/');
	});
});
