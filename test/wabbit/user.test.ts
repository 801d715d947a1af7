import { byId, wabbitWorld } from './world';

describe('Wabbit › User (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	it('Get Current, Get and Get Many', async () => {
		const current = await t.run('user', 'getCurrent');
		expect(current.items[0].json).toMatchObject({
			id: 1,
			username: 'konrad',
			groups: [{ id: 1, name: 'Admin' }],
			permissions: { can_use_tags: true, can_read_chats: 'all', can_write_to_chats: 'all' },
		});
		const anna = await t.run('user', 'get', { user: byId(2) });
		expect(anna.items[0].json).toMatchObject({ username: 'anna', profile: { role: 'user' }, url: `${t.credential.baseUrl}/api/v1/users/2/` });
		const all = await t.run('user', 'getMany', { returnAll: true });
		expect(all.items.map((i) => i.json.username)).toEqual(['konrad', 'anna', 'piotr', 'helpdeskbot']);
	});

	it('Create an app user: the activation URL gives the bot its token once', async () => {
		const created = await t.run('user', 'create', { username: 'salesbot', email: 'salesbot@example.com', additionalFields: { firstName: 'Sales', role: 'app' } });
		const user = created.items[0].json as { id: number; activation_url: string; profile: { role: string } };
		expect(user).toMatchObject({ id: 5, username: 'salesbot', first_name: 'Sales', profile: { role: 'app' } });
		expect((await t.apiRequests({ method: 'POST' }))[0].body).toEqual({ username: 'salesbot', email: 'salesbot@example.com', first_name: 'Sales', profile: { role: 'app' } });

		const activation = await fetch(user.activation_url);
		const { token } = (await activation.json()) as { token: string };
		expect(token).toMatch(/^[0-9a-f]{40}$/);
		expect((await fetch(user.activation_url)).status).toBe(400);
		const bot = await t.engineWithToken(token);
		expect((await t.run('user', 'getCurrent', {}, { engine: bot })).items[0].json).toMatchObject({ username: 'salesbot', groups: [{ name: 'App integration' }] });
	});

	it('Update (PATCH) changes only the given fields; Replace (PUT) sends them all', async () => {
		const updated = await t.run('user', 'update', { user: byId(3), updateFields: { lastName: 'Nowak', canReadChats: 'assigned' } });
		expect(updated.items[0].json).toMatchObject({ last_name: 'Nowak', permissions: { can_use_tags: true, can_read_chats: 'assigned', can_write_to_chats: 'assigned' } });
		expect((await t.apiRequests({ method: 'PATCH' }))[0].body).toEqual({
			last_name: 'Nowak',
			permissions: { can_use_tags: true, can_read_chats: 'assigned', can_write_to_chats: 'assigned' },
		});

		const replaced = await t.run('user', 'replace', {
			user: byId(3),
			username: 'piotrek',
			email: 'piotrek@example.com',
			groups: [2],
			canUseTags: false,
			canReadChats: 'all',
			canWriteToChats: 'assigned',
		});
		expect(replaced.items[0].json).toMatchObject({ username: 'piotrek', groups: [{ id: 2, name: 'Regular user' }], permissions: { can_use_tags: false } });
		expect((await t.apiRequests({ method: 'PUT' }))[0].body).toEqual({
			username: 'piotrek',
			email: 'piotrek@example.com',
			groups: [2],
			permissions: { can_use_tags: false, can_read_chats: 'all', can_write_to_chats: 'assigned' },
		});
	});

	it('a regular user may edit their own name but not their groups (403)', async () => {
		const anna = await t.engineWithToken(t.credentials.tokens.user);
		expect((await t.run('user', 'update', { user: byId(2), updateFields: { firstName: 'Ania' } }, { engine: anna })).items[0].json.first_name).toBe('Ania');
		const denied = await t.run('user', 'update', { user: byId(2), updateFields: { groups: [1] } }, { engine: anna });
		expect(denied.error?.httpCode).toBe('403');
		expect(denied.error?.message).toBe('Only admins can change groups, permissions and roles.');
		const other = await t.run('user', 'update', { user: byId(3), updateFields: { firstName: 'X' } }, { engine: anna });
		expect(other.error?.httpCode).toBe('403');
	});

	it('Change My Password and Set Password (admin) change what the token exchange accepts', async () => {
		const anna = await t.engineWithToken(t.credentials.tokens.user);
		const changed = await t.run('user', 'changePassword', { currentPassword: 'anna-password-2', newPassword: 'new-anna-secret' }, { engine: anna });
		expect(changed.items[0].json).toEqual({ success: true });
		const exchange = (password: string) =>
			fetch(`${t.credential.baseUrl}/api/v1/auth/token/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'anna', password }) });
		expect((await exchange('new-anna-secret')).status).toBe(200);

		const set = await t.run('user', 'setPassword', { user: byId(2), password: 'admin-chosen-1' });
		expect(set.items[0].json).toEqual({ success: true });
		expect((await exchange('admin-chosen-1')).status).toBe(200);
		expect((await exchange('new-anna-secret')).status).toBe(400);
		const [request] = await t.apiRequests({ path: '/api/v1/users/2/password/change/' });
		expect(request).toMatchObject({ method: 'POST', status: 200, body: { password: '[redacted]' } });

		const wrong = await t.run('user', 'changePassword', { currentPassword: 'guess', newPassword: 'whatever-123' }, { engine: anna });
		expect(wrong.error?.message).toBe('current_password: Your current password is not correct.');
		expect(`${wrong.error?.message} ${wrong.error?.description}`).not.toContain('whatever-123');
	});
});
