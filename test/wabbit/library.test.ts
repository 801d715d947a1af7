import { apiRequests, callPickerMethod, engineWithToken, node, setup, type WabbitSetup } from './helpers';

describe('Wabbit › Webhook, Template, Saved Response, Group (through the n8n engine, against the mock)', () => {
	let t: WabbitSetup;

	beforeAll(async () => {
		t = await setup();
	});
	afterAll(() => t.mock.close());
	beforeEach(() => t.mock.server.reset());

	it('Webhook › Create, Get, Get Many, Update, Delete; one per user', async () => {
		const created = await t.engine.runNode(node('webhook', 'create', { url: 'https://example.com/hook?auth=s3cret' }));
		expect(created.items[0].json).toMatchObject({ id: 1, user: { id: 1, username: 'konrad' }, url: 'https://example.com/hook?auth=s3cret' });
		const second = await t.engine.runNode({ ...node('webhook', 'create', { url: 'https://example.com/other' }), continueOnFail: true });
		expect(second.items[0].json.error).toContain('Only one WABA Webhook per User');

		expect((await t.engine.runNode(node('webhook', 'get', { webhookId: 1 }))).items[0].json).toMatchObject({ id: 1 });
		const updated = await t.engine.runNode(node('webhook', 'update', { webhookId: 1, url: 'https://example.com/new' }));
		expect(updated.items[0].json.url).toBe('https://example.com/new');

		// A regular user sees only their own webhook; the admin sees all.
		const anna = await engineWithToken(t.mock, t.creds.tokens.user);
		await anna.runNode(node('webhook', 'create', { url: 'https://example.com/anna' }));
		expect((await anna.runNode(node('webhook', 'getMany', { returnAll: true }))).items.map((i) => i.json.url)).toEqual(['https://example.com/anna']);
		expect((await t.engine.runNode(node('webhook', 'getMany', { returnAll: true }))).items).toHaveLength(2);
		expect((await anna.runNode(node('webhook', 'get', { webhookId: 1 }))).error?.httpCode).toBe('404');

		expect((await t.engine.runNode(node('webhook', 'delete', { webhookId: 1 }))).items[0].json).toEqual({ deleted: true, id: 1 });
		expect((await t.mock.state('wabbit')).webhooks.map((w: any) => w.url)).toEqual(['https://example.com/anna']);
		const methods = (await apiRequests(t.mock, { path: '/api/v1/webhooks/waba/1/' })).map((r) => `${r.method} ${r.status}`);
		expect(methods).toEqual(['GET 200', 'PUT 200', 'GET 404', 'DELETE 204']);
	});

	it('Template › Create (admins) builds components; Get Many lists them', async () => {
		const created = await t.engine.runNode(
			node('template', 'create', { name: 'payment_due', category: 'PAYMENT_UPDATE', language: 'en', bodyText: 'Hi {{1}}, {{2}} is due.', additionalFields: { footerText: 'ACME' } }),
		);
		expect(created.items[0].json).toMatchObject({ name: 'payment_due', category: 'PAYMENT_UPDATE', status: 'submitted' });
		const [request] = await apiRequests(t.mock, { method: 'POST' });
		expect(request.body.components).toEqual([{ type: 'BODY', text: 'Hi {{1}}, {{2}} is due.' }, { type: 'FOOTER', text: 'ACME' }]);
		const list = await t.engine.runNode(node('template', 'getMany', { returnAll: true }));
		expect(list.items.map((i) => `${i.json.name}/${i.json.language}`)).toEqual(['order_shipped/en', 'appointment_reminder/en', 'order_shipped/nl', 'spring_sale/en', 'payment_received/en', 'payment_due/en']);

		const anna = await engineWithToken(t.mock, t.creds.tokens.user);
		const denied = await anna.runNode(node('template', 'create', { name: 'x', category: 'ALERT_UPDATE', language: 'en', bodyText: 'x' }));
		expect(denied.error?.httpCode).toBe('403');
	});

	it('Saved Response › Create and Get Many', async () => {
		const created = await t.engine.runNode(node('savedResponse', 'create', { text: 'We are closed on Sundays.' }));
		expect(created.items[0].json).toMatchObject({ id: 3, text: 'We are closed on Sundays.', created_by: 'konrad' });
		const list = await t.engine.runNode(node('savedResponse', 'getMany', { limit: 10 }));
		expect(list.items.map((i) => i.json.id)).toEqual([1, 2, 3]);
	});

	it('Group › Get Many', async () => {
		const list = await t.engine.runNode(node('group', 'getMany', { returnAll: true }));
		expect(list.items.map((i) => i.json)).toEqual([
			{ id: 1, name: 'Admin' },
			{ id: 2, name: 'Regular user' },
			{ id: 3, name: 'App integration' },
			{ id: 4, name: 'Agents' },
		]);
		expect((await apiRequests(t.mock))[0].path).toBe('/api/v1/groups/');
	});

	it('the pickers list chats, tags, users, groups and templates with their status', async () => {
		// The pickers as n8n's editor calls them: a real LoadOptionsContext with the node's credential.
		const search = async (method: string, filter?: string) => await callPickerMethod<any>(t.engine, 'listSearch', method, {}, filter);
		const chats = await search('getChats', t.creds.samples.waIdAssignedToAnna);
		expect(chats.results).toHaveLength(1);
		expect(chats.results[0].value).toBe(t.creds.samples.waIdAssignedToAnna);
		expect((await search('getTags', 'vip')).results).toEqual([{ name: 'VIP', value: '2' }]);
		expect((await search('getUsers', 'anna')).results[0].value).toBe('2');
		expect((await search('getGroups')).results).toHaveLength(4);
		// Every template, its review status beside each language, so a rejected one is seen before it is picked.
		expect((await search('getTemplates')).results).toEqual([
			{ name: 'order_shipped (en: approved, nl: approved)', value: 'order_shipped' },
			{ name: 'appointment_reminder (en: approved)', value: 'appointment_reminder' },
			{ name: 'spring_sale (en: rejected)', value: 'spring_sale' },
			{ name: 'payment_received (en: pending)', value: 'payment_received' },
		]);
		expect((await callPickerMethod<any[]>(t.engine, 'loadOptions', 'getGroupOptions', {})).map((o: any) => o.name)).toEqual(['Admin', 'Agents', 'App integration', 'Regular user']);
	});
});
