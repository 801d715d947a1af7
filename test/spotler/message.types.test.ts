import { spotlerWorld } from './world';

describe('Spotler › Message › Send: every message type, built from fields', () => {
	const w = spotlerWorld();
	// Templates with version 1's parameters (free-text language, Parameters list); version 2 is in templates.test.ts.
	const V1 = { typeVersion: 1 };
	const send = (parameters: Record<string, unknown>, options: { continueOnFail?: boolean; typeVersion?: number } = {}) =>
		w.run('message', 'send', { channel: w.channel(), contact: w.samples.contactJid, ...parameters }, options);

	/** Sends, expects success, and returns the message body the mock received and stored. */
	async function sent(parameters: Record<string, unknown>) {
		const result = await send(parameters);
		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		const id = result.items[0].json.id as string;
		expect(id).toMatch(/^[0-9a-f]{40}$/);
		const [request] = await w.requests({ method: 'POST' });
		expect(request.status).toBe(201);
		const state = await w.state();
		const stored = state.conversations.find((c: any) => c.contactJid === w.samples.contactJid).messages.at(-1);
		expect(stored).toMatchObject({ id, direction: 'outbound' });
		expect(stored.message).toEqual(request.body.message);
		return request.body.message;
	}

	it.each([
		['image', { caption: 'Your parcel' }, { type: 'image', url: 'https://cdn.example.com/p/parcel.jpg', mimeType: 'image/jpeg', caption: 'Your parcel' }],
		['video', { caption: 'How to assemble' }, { type: 'video', url: 'https://cdn.example.com/p/parcel.mp4', mimeType: 'video/mp4', caption: 'How to assemble' }],
		['gif', {}, { type: 'gif', url: 'https://cdn.example.com/p/parcel.gif', mimeType: 'image/gif' }],
		['audio', {}, { type: 'audio', url: 'https://cdn.example.com/p/parcel.mp3', mimeType: 'audio/mpeg' }],
		['ptt', {}, { type: 'ptt', url: 'https://cdn.example.com/p/parcel.ogg', mimeType: 'audio/ogg' }],
		['sticker', {}, { type: 'sticker', url: 'https://cdn.example.com/p/parcel.webp', mimeType: 'image/webp' }],
	])('sends %s media from a URL, the MIME type taken from the extension', async (type, extra, expected) => {
		const extension = { image: 'jpg', video: 'mp4', gif: 'gif', audio: 'mp3', ptt: 'ogg', sticker: 'webp' }[type as string];
		expect(await sent({ messageType: type, mediaUrl: `https://cdn.example.com/p/parcel.${extension}`, ...extra })).toEqual(expected);
	});

	it('sends a document with its file name from the URL and a title', async () => {
		expect(await sent({ messageType: 'document', mediaUrl: 'https://cdn.example.com/invoices/INV-001.pdf', documentTitle: 'Your invoice' })).toEqual({
			type: 'document',
			url: 'https://cdn.example.com/invoices/INV-001.pdf',
			mimeType: 'application/pdf',
			fileName: 'INV-001.pdf',
			title: 'Your invoice',
		});
	});

	it('sends a location', async () => {
		expect(await sent({ messageType: 'location', latitude: 52.0907, longitude: 5.1214, locationName: 'Utrecht store', locationUrl: 'https://example.com/utrecht' })).toEqual({
			type: 'location',
			latitude: 52.0907,
			longitude: 5.1214,
			name: 'Utrecht store',
			url: 'https://example.com/utrecht',
		});
	});

	it('sends contact cards', async () => {
		const message = await sent({
			messageType: 'contact',
			contactCards: {
				card: [
					{ name: 'Support desk', phoneNumber: '+31 30 210 6499', email: '', organization: 'Acme' },
					{ name: 'Sales', phoneNumber: '', email: 'sales@example.com', organization: '' },
				],
			},
		});
		expect(message).toEqual({
			type: 'contact',
			contacts: [
				{ name: 'Support desk', phoneNumber: '+31 30 210 6499', organization: 'Acme' },
				{ name: 'Sales', email: 'sales@example.com' },
			],
		});
	});

	it('sends an approved template with its parameters, even outside the 24-hour window', async () => {
		const result = await send(
			{
				contact: w.samples.contactJidOutsideCareWindow,
				messageType: 'template',
				template: { mode: 'list', value: 'delivery_notification' },
				templateLanguage: 'nl',
				templateParameters: { parameter: [{ value: 'Ada' }, { value: '#1234' }, { value: 'Friday' }] },
			},
			V1,
		);
		expect(result.status).toBe('success');
		const [request] = await w.requests({ method: 'POST' });
		expect(request.body.message).toEqual({ type: 'template', template: { name: 'delivery_notification', language: 'nl', parameters: ['Ada', '#1234', 'Friday'] } });
		expect(request.status).toBe(201);
	});

	it('sends reply buttons, the payload defaulting to the title', async () => {
		expect(
			await sent({
				messageType: 'buttons',
				headerText: 'Order #1234',
				bodyText: 'How can we help you?',
				buttons: {
					button: [
						{ title: 'Track', payload: 'track_1234' },
						{ title: 'Cancel', payload: '' },
					],
				},
			}),
		).toEqual({
			type: 'interactive',
			interactive: {
				type: 'button',
				components: {
					header: { text: 'Order #1234', type: 'text' },
					body: { text: 'How can we help you?', type: 'text' },
					buttons: [
						{ type: 'reply', reply: { title: 'Track', payload: 'track_1234' } },
						{ type: 'reply', reply: { title: 'Cancel', payload: 'Cancel' } },
					],
				},
			},
		});
	});

	it('sends a list, grouping rows into sections', async () => {
		const message = await sent({
			messageType: 'list',
			bodyText: 'What do you need?',
			listTitle: 'Make a choice',
			sectionTitle: 'Orders',
			rows: {
				row: [
					{ title: 'Track my order', description: 'Where is it?', payload: 'track', section: '' },
					{ title: 'Return', description: '', payload: 'return', section: '' },
					{ title: 'Opening hours', description: '', payload: '', section: 'Other' },
				],
			},
		});
		expect(message.interactive).toEqual({
			type: 'list',
			components: {
				body: { text: 'What do you need?', type: 'text' },
				list: {
					title: 'Make a choice',
					sections: [
						{
							title: 'Orders',
							rows: [
								{ title: 'Track my order', description: 'Where is it?', payload: 'track' },
								{ title: 'Return', payload: 'return' },
							],
						},
						{ title: 'Other', rows: [{ title: 'Opening hours', payload: 'Opening hours' }] },
					],
				},
			},
		});
	});

	it('sends a single product and a product list', async () => {
		expect((await sent({ messageType: 'product', productId: '1105524', bodyText: 'Suggested for you' })).interactive).toEqual({
			type: 'product',
			components: { body: { text: 'Suggested for you', type: 'text' }, product: { productId: '1105524' } },
		});
		await w.mock.server.reset();
		expect((await sent({ messageType: 'productList', headerText: 'Make a selection', bodyText: 'Our picks', sectionTitle: 'Our Collection', productIds: '1105521, 1105522' })).interactive).toEqual({
			type: 'productList',
			components: {
				header: { text: 'Make a selection', type: 'text' },
				body: { text: 'Our picks', type: 'text' },
				productList: { sections: [{ title: 'Our Collection', items: [{ productId: '1105521' }, { productId: '1105522' }] }] },
			},
		});
	});

	it('sends a raw JSON message object', async () => {
		expect(await sent({ messageType: 'json', messageJson: '{"message": {"type": "text", "body": "typed by hand"}}' })).toEqual({ type: 'text', body: 'typed by hand' });
	});

	it('answers 1006 for an unknown template name, sending nothing', async () => {
		const result = await send({ messageType: 'template', template: { mode: 'id', value: 'no_such_template' }, templateLanguage: 'en', templateParameters: {} }, V1);
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toContain('Template name does not exist');
		expect(result.error?.description).toContain('error 1006');
	});

	it('answers 1006 for a template that has no approved translation in that language', async () => {
		const result = await send({ messageType: 'template', template: { mode: 'id', value: 'hello' }, templateLanguage: 'en', templateParameters: {} }, V1);
		expect(result.error?.description).toContain('error 1006');
	});

	it("answers 1013 when the parameters do not match the template's placeholders", async () => {
		const result = await send({ messageType: 'template', template: { mode: 'id', value: 'delivery_notification' }, templateLanguage: 'en', templateParameters: { parameter: [{ value: 'Ada' }] } }, V1);
		expect(result.status).toBe('error');
		expect(result.error?.message).toMatch(/^Parameter count mismatch: delivery_notification expects 3, got 1 \(traceId [0-9a-f]+\)$/);
		expect(result.error?.description).toContain('error 1013');
		const state = await w.state();
		expect(state.conversations.find((c: any) => c.contactJid === w.samples.contactJid).messagesSent).toBe(0);
	});

	it('answers 1008 for media whose type does not fit the message type', async () => {
		const result = await send({ messageType: 'sticker', mediaUrl: 'https://cdn.example.com/a.png' });
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toMatch(/^Media is invalid: image\/png cannot be sent as sticker \(traceId [0-9a-f]+\)$/);
		expect(result.error?.description).toContain('error 1008');
	});

	it('answers 1011 for a blacklisted contact', async () => {
		const block = await w.run('blacklist', 'add', { channel: w.channel(), contact: w.samples.contactJid });
		expect(block.status).toBe('success');
		const result = await send({ messageType: 'text', text: 'hello?' });
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.message).toMatch(/^Message rejected: the contact is blacklisted \(traceId [0-9a-f]+\)$/);
		expect(result.error?.description).toContain('error 1011');
	});

	it('answers 1015 for free-form text outside the 24-hour window', async () => {
		const result = await send({ contact: w.samples.contactJidOutsideCareWindow, messageType: 'text', text: 'late' });
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.description).toContain('error 1015');
	});

	it('checks fields per item before sending: bad URL, missing MIME type, too many buttons', async () => {
		const result = await w.run(
			'message',
			'send',
			{ channel: w.channel(), contact: w.samples.contactJid, messageType: 'image', mediaUrl: '={{ $json.url }}' },
			{
				continueOnFail: true,
				items: [{ json: { url: 'ftp://example.com/a.jpg' } }, { json: { url: 'https://example.com/photo' } }, { json: { url: 'https://example.com/photo.png' } }],
			},
		);
		expect(result.items.map((i) => i.json.error ?? 'sent')).toEqual([
			'"Media URL" "ftp://example.com/a.jpg" is not an http(s) address (item 0)',
			'"MIME Type" is empty and the URL has no file extension (item 1)',
			'sent',
		]);
		expect((await w.requests({ method: 'POST' })).map((r) => r.body.message.url)).toEqual(['https://example.com/photo.png']);

		const buttons = await send({ messageType: 'buttons', bodyText: 'Pick one', buttons: { button: [{ title: 'A' }, { title: 'B' }, { title: 'C' }, { title: 'D' }] } });
		expect(buttons.error?.message).toBe('"Buttons" has 4 buttons; WhatsApp allows at most 3 (item 0)');
		expect(await w.requests({ method: 'POST' })).toHaveLength(1);
	});

	it('lets the mock reject what the schema forbids with 1005 naming the field', async () => {
		const result = await send({ messageType: 'buttons', bodyText: 'x', buttons: { button: [{ title: 'A title that is far too long', payload: 'p' }] } });
		// Caught by the node before sending:
		expect(result.error?.message).toContain('must be 1 to 20 characters');
		const raw = await send({ messageType: 'json', messageJson: '{"type": "image", "mimeType": "image/jpeg"}' });
		expect(raw.error?.httpCode).toBe('400');
		expect(raw.error?.message).toMatch(/^Validation error: message\.url is required \(traceId [0-9a-f]+\)$/);
	});
});
