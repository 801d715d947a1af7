import { wabbitWorld } from './world';

/** The mock's HTTP behaviour as the doc describes it, below the n8n nodes. */
describe('Wabbit mock (HTTP level)', () => {
	const t = wabbitWorld();
	let api: string;

	beforeAll(() => {
		api = `${t.credential.baseUrl}/api/v1`;
	});

	const call = async (path: string, init: RequestInit = {}, token: string | null = t.credentials.tokens.admin) => {
		const headers = new Headers(init.headers);
		if (token) headers.set('authorization', `Token ${token}`);
		const response = await fetch(`${api}${path}`, { ...init, headers });
		const text = await response.text();
		return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
	};

	it('answers without credentials with 403 and a wrong token with 401 "Invalid token.", in DRF\'s format', async () => {
		expect(await call('/chats/', {}, null)).toMatchObject({ status: 403, body: { detail: 'Authentication credentials were not provided.' } });
		const wrong = await call('/chats/', {}, 'a'.repeat(40));
		expect(wrong).toMatchObject({ status: 401, body: { detail: 'Invalid token.' } });
		expect(wrong.headers.get('www-authenticate')).toBe('Token');
		// A wrong 360dialog key fails silently: with nothing else it is 403, with a good token the token wins.
		expect((await call('/users/current/', { headers: { 'D360-Api-Key': 'wrong' } }, null)).status).toBe(403);
		expect((await call('/users/current/', { headers: { 'D360-Api-Key': 'wrong' } }, t.credentials.tokens.user)).body.username).toBe('anna');
		const logged = await t.mock.requests({ provider: 'wabbit' });
		expect(logged.every((r) => r.headers.authorization === undefined || r.headers.authorization === '[redacted]')).toBe(true);
		expect(logged.some((r) => r.headers['d360-api-key'] === '[redacted]')).toBe(true);
	});

	it('serves the API root without authentication and sets the csrftoken cookie', async () => {
		const root = await fetch(`${api}/`);
		expect(root.status).toBe(200);
		expect(root.headers.get('set-cookie')).toMatch(/^csrftoken=[0-9a-f]{64}; Max-Age=31449600; Path=\/; Expires=.*; SameSite=Lax$/);
	});

	it("exchanges username and password sent as form data for the user's existing token", async () => {
		const response = await fetch(`${api}/auth/token/`, { method: 'POST', body: new URLSearchParams({ username: 'anna', password: t.credentials.users.anna.password }) });
		expect(await response.json()).toEqual({ token: t.credentials.tokens.user });
		const wrong = await fetch(`${api}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'anna', password: 'nope' }) });
		expect(wrong.status).toBe(400);
		expect(await wrong.json()).toEqual({ non_field_errors: ['Unable to log in with provided credentials.'] });
	});

	it('accepts form-urlencoded and multipart bodies as well as JSON', async () => {
		const { waId, inboundMessageId } = t.samples;
		const form = await call('/messages/', { method: 'POST', body: new URLSearchParams({ wa_id: waId, type: 'text', 'text[body]': 'sent as a form' }) });
		expect(form.status).toBe(201);
		const multipart = new FormData();
		multipart.set('tag', '2');
		multipart.set('message', inboundMessageId);
		multipart.set('extra', '{"source":"crm"}');
		const tagging = await call('/message_tagging/', { method: 'POST', body: multipart });
		expect(tagging).toMatchObject({ status: 201, body: { tag: 2, message: inboundMessageId, extra: { source: 'crm' } } });
		const location = await call('/messages/', { method: 'POST', body: new URLSearchParams({ wa_id: waId, type: 'location', 'location[latitude]': '52.1', 'location[longitude]': '21.2' }) });
		expect(location.status).toBe(201);
		const state = await t.mock.state('wabbit');
		expect(state.messages.at(-2).waba_payload.text).toEqual({ body: 'sent as a form' });
		expect(state.messages.at(-1).waba_payload.location).toEqual({ latitude: 52.1, longitude: 21.2 });
	});

	it('answers bad input with DRF field errors, unknown paths with 404, bad JSON with 400 — never HTML', async () => {
		const missing = await call('/messages/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ wa_id: t.samples.waId, type: 'image' }) });
		expect(missing).toMatchObject({ status: 400, body: { image: ['is required'] } });
		expect(await call('/nothing/here/')).toMatchObject({ status: 404, body: { detail: 'Not found.' } });
		const badJson = await call('/tags/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' });
		expect(badJson.status).toBe(400);
		expect(typeof badJson.body.detail).toBe('string');
		const badQuery = await call('/messages/?before_time=yesterday');
		expect(badQuery).toMatchObject({ status: 400, body: { before_time: ['A valid integer is required.'] } });
	});

	it('pages with limit/offset and absolute next/previous links; accepts paths without the trailing slash and /messages/{wa_id}/', async () => {
		const first = await call('/persons?limit=2&offset=2');
		expect(first.body).toMatchObject({ count: 6, next: `${api}/persons?limit=2&offset=4`, previous: `${api}/persons?limit=2` });
		expect(first.body.results).toHaveLength(2);
		const byPath = await call(`/messages/${t.samples.waId}/?limit=20`);
		expect(byPath.body.results.every((m: { customer_wa_id: string }) => m.customer_wa_id === t.samples.waId)).toBe(true);
		expect(byPath.body.count).toBe(3);
	});

	it('the node rides out a 503 from Wabbit with the shared retry', async () => {
		await t.mock.fault({ provider: 'wabbit', method: 'GET', path: '/api/v1/chats/', status: 503, retryAfter: 0, count: 1 });
		const result = await t.run('chat', 'getMany', { limit: 1 });
		expect(result.status).toBe('success');
		const statuses = (await t.mock.requests({ provider: 'wabbit', path: '/api/v1/chats/' })).map((r) => r.status);
		expect(statuses).toEqual([503, 200]);
	});
});
