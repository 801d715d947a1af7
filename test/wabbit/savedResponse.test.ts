import { wabbitWorld } from './world';

describe('Wabbit › Saved Response (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Saved Response › Create and Get Many', async () => {
		const created = await t.run('savedResponse', 'create', { text: 'We are closed on Sundays.' });
		expect(created.items[0].json).toMatchObject({ id: 3, text: 'We are closed on Sundays.', created_by: 'konrad' });
		const list = await t.run('savedResponse', 'getMany', { limit: 10 });
		expect(list.items.map((i) => i.json.id)).toEqual([1, 2, 3]);
	});
});
