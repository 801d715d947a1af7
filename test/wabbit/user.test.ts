import { apiRequests, byId, engineWithToken, node, setup, type WabbitSetup } from './helpers';

describe('Wabbit › User (through the n8n engine, against the mock)', () => {
	let t: WabbitSetup;

	beforeAll(async () => {
		t = await setup();
	});
	afterAll(() => t.mock.close());
	beforeEach(() => t.mock.server.reset());

	it('Get Current, Get and Get Many', async () => {
		const current = await t.engine.runNode(node('user', 'getCurrent'));
		expect(current.items[0].json).toMatchObject({
			id: 1,
			username: 'konrad',
			groups: [{ id: 1, name: 'Admin' }],
			permissions: { can_use_tags: true, can_read_chats: 'all', can_write_to_chats: 'all' },
		});
		const anna = await t.engine.runNode(node('user', 'get', { user: byId(2) }));
		expect(anna.items[0].json).toMatchObject({ username: 'anna', profile: { role: 'user' }, url: `${t.creds.credential.baseUrl}/api/v1/users/2/` });
		const all = await t.engine.runNode(node('user', 'getMany', { returnAll: true }));
		expect(all.items.map((i) => i.json.username)).toEqual(['konrad', 'anna', 'piotr', 'helpdeskbot']);
	});

	it('Create an app user: the activation URL gives the bot its token once', async () => {
		const created = await t.engine.runNode(node('user', 'create', { username: 'salesbot', email: 'salesbot@example.com', additionalFields: { firstName: 'Sales', role: 'app' } }));
		const user = created.items[0].json as { id: number; activation_url: string; profile: { role: string } };
		expect(user).toMatchObject({ id: 5, username: 'salesbot', first_name: 'Sales', profile: { role: 'app' } });
		expect((await apiRequests(t.mock, { method: 'POST' }))[0].body).toEqual({ username: 'salesbot', email: 'salesbot@example.com', first_name: 'Sales', profile: { role: 'app' } });

		const activation = await fetch(user.activation_url);
		const { token } = (await activation.json()) as { token: string };
		expect(token).toMatch(/^[0-9a-f]{40}$/);
		expect((await fetch(user.activation_url)).status).toBe(400);
		const bot = await engineWithToken(t.mock, token);
		expect((await bot.runNode(node('user', 'getCurrent'))).items[0].json).toMatchObject({ username: 'salesbot', groups: [{ name: 'App integration' }] });
	});

	it('Update (PATCH) changes only the given fields; Replace (PUT) sends them all', async () => {
		const updated = await t.engine.runNode(node('user', 'update', { user: byId(3), updateFields: { lastName: 'Nowak', canReadChats: 'assigned' } }));
		expect(updated.items[0].json).toMatchObject({ last_name: 'Nowak', permissions: { can_use_tags: true, can_read_chats: 'assigned', can_write_to_chats: 'assigned' } });
		expect((await apiRequests(t.mock, { method: 'PATCH' }))[0].body).toEqual({
			last_name: 'Nowak',
			permissions: { can_use_tags: true, can_read_chats: 'assigned', can_write_to_chats: 'assigned' },
		});

		const replaced = await t.engine.runNode(
			node('user', 'replace', { user: byId(3), username: 'piotrek', email: 'piotrek@example.com', groups: [2], canUseTags: false, canReadChats: 'all', canWriteToChats: 'assigned' }),
		);
		expect(replaced.items[0].json).toMatchObject({ username: 'piotrek', groups: [{ id: 2, name: 'Regular user' }], permissions: { can_use_tags: false } });
		expect((await apiRequests(t.mock, { method: 'PUT' }))[0].body).toEqual({
			username: 'piotrek',
			email: 'piotrek@example.com',
			groups: [2],
			permissions: { can_use_tags: false, can_read_chats: 'all', can_write_to_chats: 'assigned' },
		});
	});

	it('a regular user may edit their own name but not their groups (403)', async () => {
		const anna = await engineWithToken(t.mock, t.creds.tokens.user);
		expect((await anna.runNode(node('user', 'update', { user: byId(2), updateFields: { firstName: 'Ania' } }))).items[0].json.first_name).toBe('Ania');
		const denied = await anna.runNode(node('user', 'update', { user: byId(2), updateFields: { groups: [1] } }));
		expect(denied.error?.httpCode).toBe('403');
		expect(denied.error?.message).toBe('Only admins can change groups, permissions and roles.');
		const other = await anna.runNode(node('user', 'update', { user: byId(3), updateFields: { firstName: 'X' } }));
		expect(other.error?.httpCode).toBe('403');
	});

	it('Change My Password and Set Password (admin) change what the token exchange accepts', async () => {
		const anna = await engineWithToken(t.mock, t.creds.tokens.user);
		const changed = await anna.runNode(node('user', 'changePassword', { currentPassword: 'anna-password-2', newPassword: 'new-anna-secret' }));
		expect(changed.items[0].json).toEqual({ success: true });
		const exchange = (password: string) =>
			fetch(`${t.creds.credential.baseUrl}/api/v1/auth/token/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'anna', password }) });
		expect((await exchange('new-anna-secret')).status).toBe(200);

		const set = await t.engine.runNode(node('user', 'setPassword', { user: byId(2), password: 'admin-chosen-1' }));
		expect(set.items[0].json).toEqual({ success: true });
		expect((await exchange('admin-chosen-1')).status).toBe(200);
		expect((await exchange('new-anna-secret')).status).toBe(400);
		const [request] = await apiRequests(t.mock, { path: '/api/v1/users/2/password/change/' });
		expect(request).toMatchObject({ method: 'POST', status: 200, body: { password: '[redacted]' } });

		const wrong = await anna.runNode(node('user', 'changePassword', { currentPassword: 'guess', newPassword: 'whatever-123' }));
		expect(wrong.error?.message).toBe('current_password: Your current password is not correct.');
		expect(`${wrong.error?.message} ${wrong.error?.description}`).not.toContain('whatever-123');
	});
});
