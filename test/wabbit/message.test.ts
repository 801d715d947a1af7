import { byId, wabbitWorld } from './world';

describe('Wabbit › Message (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	const send = (parameters: Record<string, unknown>, options: { typeVersion?: number } = {}) => t.run('message', 'send', { chat: byId(t.samples.waId), ...parameters }, options);
	const lastMessage = async (wa_id = t.samples.waId) => (await t.mock.state('wabbit')).messages.filter((m: any) => m.customer_wa_id === wa_id).at(-1);

	it("Send text: the message appears in the chat, sent by the credential's user", async () => {
		const result = await send({ messageType: 'text', text: 'Your order has shipped' });
		expect(result.status).toBe('success');
		const id = (result.items[0].json.waba_response as { messages: Array<{ id: string }> }).messages[0].id;
		expect(id).toMatch(/^gBGGSFEBeRJ_/);
		const [request] = await t.apiRequests({ method: 'POST' });
		expect(request.path).toBe('/api/v1/messages/');
		expect(request.body).toEqual({ wa_id: t.samples.waId, type: 'text', preview_url: false, text: { body: 'Your order has shipped', preview_url: false } });
		expect(await lastMessage()).toMatchObject({ id, from_us: true, sender: { username: 'konrad' }, waba_payload: { to: t.samples.waId, type: 'text', text: { body: 'Your order has shipped' } } });
	});

	it.each([
		['image', { mediaSource: 'link', mediaLink: 'https://example.com/cat.jpg', caption: 'Our cat' }, { image: { link: 'https://example.com/cat.jpg', caption: 'Our cat' } }],
		[
			'document',
			{ mediaSource: 'link', mediaLink: 'https://example.com/invoice.pdf', caption: 'Invoice', filename: 'invoice.pdf' },
			{ document: { link: 'https://example.com/invoice.pdf', caption: 'Invoice', filename: 'invoice.pdf' } },
		],
		['sticker', { mediaSource: 'link', mediaLink: 'https://example.com/smile.webp' }, { sticker: { link: 'https://example.com/smile.webp' } }],
		['location', { latitude: 52.2297, longitude: 21.0122, locationName: 'Office', address: 'Warsaw' }, { location: { latitude: 52.2297, longitude: 21.0122, name: 'Office', address: 'Warsaw' } }],
		[
			'contacts',
			{ contactCards: { card: [{ name: 'Jan Kowalski', phone: '+48 500 600 700', email: 'jan@example.com', company: 'ACME' }] } },
			{
				contacts: [{ name: { formatted_name: 'Jan Kowalski' }, phones: [{ phone: '+48 500 600 700', type: 'CELL' }], emails: [{ email: 'jan@example.com', type: 'WORK' }], org: { company: 'ACME' } }],
			},
		],
	])('Send %s builds the WhatsApp payload and the mock stores it', async (type, parameters, payload) => {
		const result = await send({ messageType: type, ...parameters });
		expect(result.status).toBe('success');
		const [request] = await t.apiRequests({ method: 'POST' });
		expect(request.body).toEqual({ wa_id: t.samples.waId, type, ...payload });
		expect((await lastMessage()).waba_payload).toMatchObject({ type, ...payload });
	});

	it('Send template reaches a customer outside the 24-hour window; text does not', async () => {
		const { waIdOutsideWindow, templateName } = t.samples;
		const text = await t.run('message', 'send', { chat: byId(waIdOutsideWindow), messageType: 'text', text: 'Hi again' });
		expect(text.status).toBe('error');
		expect(text.error?.httpCode).toBe('400');
		expect(text.error?.message).toContain('24 hours');

		// Version 1's Body Parameters (version 2 is in templates.test.ts).
		const template = await t.run(
			'message',
			'send',
			{
				chat: byId(waIdOutsideWindow),
				messageType: 'template',
				template: { mode: 'list', value: templateName },
				languageCode: 'en',
				bodyParameters: { parameter: [{ text: 'Ada' }, { text: 'A-1001' }] },
			},
			{ typeVersion: 1 },
		);
		expect(template.status).toBe('success');
		const request = (await t.apiRequests({ method: 'POST' })).at(-1)!;
		expect(request.body).toEqual({
			wa_id: waIdOutsideWindow,
			type: 'template',
			template: {
				name: templateName,
				language: { policy: 'deterministic', code: 'en' },
				// From the picked template in the template list (WABA v1 wants it).
				namespace: (await t.mock.state('wabbit')).templates[0].namespace,
				components: [
					{
						type: 'body',
						parameters: [
							{ type: 'text', text: 'Ada' },
							{ type: 'text', text: 'A-1001' },
						],
					},
				],
			},
		});
		expect((await lastMessage(waIdOutsideWindow)).waba_payload.template.name).toBe(templateName);
	});

	it('Send fails a bad number before any request, naming the field and the item', async () => {
		const result = await t.run('message', 'send', { chat: byId('={{ $json.to }}'), messageType: 'text', text: 'x' }, { items: [{ json: { to: 'not a number' } }] });
		expect(result.status).toBe('error');
		expect(result.error?.message).toContain('"Chat"');
		expect(result.error?.message).toContain('(item 0)');
		expect(await t.apiRequests({ method: 'POST' })).toHaveLength(0);
	});

	it('a regular user may write only to chats assigned to them', async () => {
		const anna = await t.engineWithToken(t.credentials.tokens.user);
		const own = await t.run('message', 'send', { chat: byId(t.samples.waIdAssignedToAnna), messageType: 'text', text: 'Hi, Anna here' }, { engine: anna });
		expect(own.status).toBe('success');
		const other = await t.run('message', 'send', { chat: byId(t.samples.waId), messageType: 'text', text: 'Not mine' }, { continueOnFail: true, engine: anna });
		expect(other.items[0].json.error).toContain('only write to Chats assigned to you');
	});

	it("Get Many: one chat's messages, newest first, up to Limit", async () => {
		const result = await t.run('message', 'getMany', { chatFilter: `+${t.samples.waId}`, limit: 2 });
		expect(result.items).toHaveLength(2);
		expect(result.items.every((i) => i.json.customer_wa_id === t.samples.waId)).toBe(true);
		expect(result.items[0].json).toMatchObject({ from_us: false, waba_payload: { text: { body: 'Thanks, I will wait' } } });
		const [request] = await t.apiRequests();
		expect(request.query).toEqual({ wa_id: t.samples.waId, limit: '2' });
	});

	it('Get Many with Return All pages back with before_time, also through messages of the same second', async () => {
		const wa_id = t.samples.waId;
		for (let i = 0; i < 150; i++) await t.mock.simulate('wabbit', 'message', { wa_id, text: `burst ${i}` });
		const result = await t.run('message', 'getMany', { chatFilter: wa_id, returnAll: true });
		expect(result.items).toHaveLength(153);
		expect(new Set(result.items.map((i) => i.json.id)).size).toBe(153);
		expect(result.items[0].json.waba_payload).toMatchObject({ text: { body: 'burst 149' } });
		const requests = await t.apiRequests({ path: '/api/v1/messages/' });
		expect(requests.length).toBeGreaterThanOrEqual(2);
		expect(requests[0].query).toEqual({ wa_id, limit: '100' });
		expect(requests[1].query).toMatchObject({ wa_id, limit: '100', before_time: expect.stringMatching(/^\d+$/) });
	});

	it('Get Many with filters and time window sends since_time/before_time as POSIX seconds', async () => {
		const since = new Date(Date.now() - 3 * 3600 * 1000);
		const result = await t.run('message', 'getMany', { returnAll: true, filters: { sinceTime: since.toISOString(), search: 'wait' } });
		expect(result.status).toBe('success');
		for (const item of result.items) expect(Number((item.json.waba_payload as { timestamp: string }).timestamp)).toBeGreaterThanOrEqual(Math.floor(since.getTime() / 1000));
		expect(result.items.length).toBeGreaterThan(0);
		const [request] = await t.apiRequests();
		expect(request.query).toMatchObject({ since_time: String(Math.floor(since.getTime() / 1000)), search: 'wait' });
	});

	it("Get Many with Mark As Received and Mark As Received lower the chats' new-message counts", async () => {
		const { waId, waIdAssignedToAnna } = t.samples;
		const newMessages = async (wa_id: string) => (await t.run('chat', 'get', { chat: byId(wa_id) })).items[0].json.new_messages as number;
		expect(await newMessages(waId)).toBe(2);
		await t.run('message', 'getMany', { chatFilter: waId, returnAll: true, options: { markAsReceived: true } });
		expect(await newMessages(waId)).toBe(0);

		await t.mock.simulate('wabbit', 'message', { wa_id: waIdAssignedToAnna, text: 'one more' });
		const anna = await t.engineWithToken(t.credentials.tokens.user);
		const annaCount = async () => (await t.run('chat', 'get', { chat: byId(waIdAssignedToAnna) }, { engine: anna })).items[0].json.new_messages as number;
		expect(await annaCount()).toBe(3);
		const marked = await t.run('message', 'markAsReceived', { chat: byId(waIdAssignedToAnna), receivedUpTo: new Date(Date.now() + 1000).toISOString() }, { engine: anna });
		expect(marked.items[0].json).toMatchObject({ success: true, customer_wa_id: waIdAssignedToAnna });
		expect(await annaCount()).toBe(0);
		const state = await t.mock.state('wabbit');
		expect(state.receivedMarks[String(t.samples.annaUserId)][waIdAssignedToAnna]).toBe(marked.items[0].json.timestamp);
	});
});
