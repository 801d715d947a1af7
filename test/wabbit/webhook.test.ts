import { wabbitWorld } from './world';

describe('Wabbit › Webhook (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Webhook › Create, Get, Get Many, Update, Delete; one per user', async () => {
		const created = await t.run('webhook', 'create', { url: 'https://example.com/hook?auth=s3cret' });
		expect(created.items[0].json).toMatchObject({ id: 1, user: { id: 1, username: 'konrad' }, url: 'https://example.com/hook?auth=s3cret' });
		const second = await t.run('webhook', 'create', { url: 'https://example.com/other' }, { continueOnFail: true });
		expect(second.items[0].json.error).toContain('Only one WABA Webhook per User');

		expect((await t.run('webhook', 'get', { webhookId: 1 })).items[0].json).toMatchObject({ id: 1 });
		const updated = await t.run('webhook', 'update', { webhookId: 1, url: 'https://example.com/new' });
		expect(updated.items[0].json.url).toBe('https://example.com/new');

		// A regular user sees only their own webhook; the admin sees all.
		const anna = await t.engineWithToken(t.credentials.tokens.user);
		await t.run('webhook', 'create', { url: 'https://example.com/anna' }, { engine: anna });
		expect((await t.run('webhook', 'getMany', { returnAll: true }, { engine: anna })).items.map((i) => i.json.url)).toEqual(['https://example.com/anna']);
		expect((await t.run('webhook', 'getMany', { returnAll: true })).items).toHaveLength(2);
		expect((await t.run('webhook', 'get', { webhookId: 1 }, { engine: anna })).error?.httpCode).toBe('404');

		expect((await t.run('webhook', 'delete', { webhookId: 1 })).items[0].json).toEqual({ deleted: true, id: 1 });
		expect((await t.mock.state('wabbit')).webhooks.map((w: any) => w.url)).toEqual(['https://example.com/anna']);
		const methods = (await t.apiRequests({ path: '/api/v1/webhooks/waba/1/' })).map((r) => `${r.method} ${r.status}`);
		expect(methods).toEqual(['GET 200', 'PUT 200', 'GET 404', 'DELETE 204']);
	});
});
