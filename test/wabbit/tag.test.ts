import { wabbitWorld } from './world';

describe('Wabbit › Tag (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Tag › Create and Get Many', async () => {
		const created = await t.run('tag', 'create', { name: 'Callback requested', additionalFields: { webInboxColor: '#00ff00' } });
		expect(created.items[0].json).toEqual({ id: 4, name: 'Callback requested', web_inbox_color: '#00ff00' });
		const [request] = await t.apiRequests({ method: 'POST' });
		expect(request.body).toEqual({ name: 'Callback requested', web_inbox_color: '#00ff00' });

		const all = await t.run('tag', 'getMany', { returnAll: true });
		expect(all.items.map((i) => i.json.name)).toEqual(['Agent needed', 'VIP', 'Spam', 'Callback requested']);
		const two = await t.run('tag', 'getMany', { limit: 2 });
		expect(two.items).toHaveLength(2);

		const duplicate = await t.run('tag', 'create', { name: 'VIP' }, { continueOnFail: true });
		expect(duplicate.items[0].json.error).toBe('name: tag with this name already exists.');
	});
});
