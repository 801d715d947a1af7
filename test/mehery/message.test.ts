import type { INodeParameters } from 'n8n-workflow';

import { eventually } from '../harness';
import { meheryWorld } from './world';

describe('Mehery › Message › Send (through the n8n engine, against the mock)', () => {
	const world = meheryWorld();

	const send = (parameters: INodeParameters) => ({ type: 'mehery', parameters: world.messageToContact(parameters) });
	const lastPost = async () => (await world.requests({ method: 'POST', path: '/api/v1/message/send' })).at(-1)!;

	it('sends a text: the receipt id comes out, a session is started and the status moves SENT → DLVRD → READ', async () => {
		const result = await world.engine.runNode(send({ messageType: 'text', text: 'Your order has shipped' }));
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(1);
		const id = result.items[0].json.id as string;
		expect(id).toMatch(/^[A-Za-z0-9]{27}$/);

		const request = await lastPost();
		expect(request.body).toEqual({ channelId: world.samples.channelId, to: { contactId: world.samples.contactId }, type: 'text', mask: false, text: { body: 'Your order has shipped' } });

		const sent = await eventually(async () => {
			const message = (await world.state()).sentMessages.find((m: any) => m.id === id);
			return message?.status === 'READ' && message;
		});
		expect(sent.statusHistory).toEqual(['SENT', 'DLVRD', 'READ']);
		const session = (await world.state()).sessions.find((s: any) => s.sessionId === sent.sessionId);
		expect(session).toMatchObject({ contactId: world.samples.contactId, status: 'ACTIVE', queue: 'SUPPORT' });
		expect(session.messages.at(-1)).toMatchObject({ messageId: id, text: 'Your order has shipped', sender: 'API' });
	});

	it('a second message continues the same session; a phone number recipient creates the contact', async () => {
		const first = await world.engine.runNode(send({ messageType: 'text', text: 'one' }));
		const second = await world.engine.runNode(send({ messageType: 'text', text: 'two' }));
		const state = await world.state();
		const sessionOf = (id: unknown) => state.sentMessages.find((m: any) => m.id === id).sessionId;
		expect(sessionOf(second.items[0].json.id)).toBe(sessionOf(first.items[0].json.id));

		const byPhone = await world.engine.runNode(send({ recipientBy: 'phone', recipient: '+91 98765 43210', messageType: 'text', text: 'hi', options: { recipientName: 'Ada' } }));
		expect(byPhone.status).toBe('success');
		expect((await lastPost()).body.to).toEqual({ phone: '919876543210', name: 'Ada' });
		const contact = (await world.state()).contacts.find((c: any) => c.phone === '919876543210');
		expect(contact.contactId).toBe(`wa919876543210_${world.samples.channelId.split(':')[1]}`);
	});

	it.each([
		['image', { mediaUrl: 'https://example.com/a.jpg', caption: 'Receipt' }, { image: { link: 'https://example.com/a.jpg', caption: 'Receipt' } }],
		['document', { mediaUrl: 'https://example.com/r.pdf', caption: 'Invoice', filename: 'r.pdf' }, { document: { link: 'https://example.com/r.pdf', caption: 'Invoice', filename: 'r.pdf' } }],
		['video', { mediaUrl: 'https://example.com/v.mp4' }, { video: { link: 'https://example.com/v.mp4' } }],
		['audio', { mediaUrl: 'https://example.com/a.mp3' }, { audio: { link: 'https://example.com/a.mp3' } }],
		['voice', { mediaUrl: 'https://example.com/n.ogg' }, { audio: { link: 'https://example.com/n.ogg' } }],
		['system', { text: 'Agent joined' }, { text: { body: 'Agent joined' } }],
		['optin', {}, {}],
		['optout', {}, {}],
	])('sends a %s message with its payload member', async (messageType, parameters, expected) => {
		const result = await world.engine.runNode(send({ messageType, ...parameters }));
		expect(result.status).toBe('success');
		expect(result.items[0].json.id).toBeDefined();
		const { body } = await lastPost();
		expect(body).toEqual({ channelId: world.samples.channelId, to: { contactId: world.samples.contactId }, type: messageType, mask: false, ...expected });
		expect((await world.state()).sentMessages.at(-1).message.type).toBe(messageType);
	});

	it('sends a location with its details', async () => {
		const result = await world.engine.runNode(send({ messageType: 'location', latitude: 12.90909, longitude: 6.90808, locationDetails: { name: 'Main Building', address: '1 Hacker Way' } }));
		expect(result.status).toBe('success');
		expect((await lastPost()).body.location).toEqual({ latitude: '12.90909', longitude: '6.90808', name: 'Main Building', address: '1 Hacker Way' });
	});

	it('sends contact cards built from form fields', async () => {
		const result = await world.engine.runNode(
			send({
				messageType: 'contacts',
				contactCards: {
					card: [
						{
							formattedName: 'John Smith',
							firstName: 'John',
							lastName: 'Smith',
							phone: '+1 (940) 555-1234',
							phoneType: 'HOME',
							email: 'john@example.com',
							emailType: 'WORK',
							company: 'WhatsApp',
							jobTitle: 'Manager',
							city: 'Menlo Park',
							countryCode: 'us',
							addressType: 'WORK',
						},
						{ firstName: 'Ada', lastName: 'Lovelace' },
					],
				},
			}),
		);
		expect(result.status).toBe('success');
		expect((await lastPost()).body.contacts).toEqual([
			{
				name: { formatted_name: 'John Smith', first_name: 'John', last_name: 'Smith' },
				phones: [{ phone: '+1 (940) 555-1234', type: 'HOME' }],
				emails: [{ email: 'john@example.com', type: 'WORK' }],
				org: { company: 'WhatsApp', department: '', title: 'Manager' },
				addresses: [{ street: '', city: 'Menlo Park', state: '', zip: '', country: '', country_code: 'us', type: 'WORK' }],
			},
			{ name: { formatted_name: 'Ada Lovelace', first_name: 'Ada', last_name: 'Lovelace' } },
		]);
	});

	// Version 1 (saved workflows): Mehery's own refusals; version 2's checks are in templates.test.ts.
	it('sends a template by code with parameters and buttons, and by id from the picker (version 1)', async () => {
		const byCode = await world.engine.runNode({
			...send({
				messageType: 'template',
				template: { mode: 'code', value: world.samples.templateCode },
				templateParameters: {
					parameter: [
						{ name: 'name', value: 'Ada' },
						{ name: 'order', value: 'A-1' },
					],
				},
				templateLanguage: 'en_US',
				buttons: {
					button: [
						{ type: 'QUICK_REPLY', label: 'Track', code: 'TRACK' },
						{ type: 'URL', label: 'Open', url: 'https://example.com/t' },
					],
				},
			}),
			typeVersion: 1,
		});
		expect(byCode.status).toBe('success');
		const { body } = await lastPost();
		expect(body.template).toEqual({ code: world.samples.templateCode, data: { name: 'Ada', order: 'A-1' }, lang: 'en_US' });
		expect(body.options).toEqual({
			buttons: [
				{ name: 'TRACK', label: 'Track', type: 'QUICK_REPLY', code: 'TRACK' },
				{ name: 'Open', label: 'Open', type: 'URL', url: 'https://example.com/t' },
			],
		});

		const byId = await world.engine.runNode({ ...send({ messageType: 'template', template: { mode: 'list', value: world.samples.templateId } }), typeVersion: 1 });
		expect(byId.status).toBe('success');
		expect((await lastPost()).body.template).toEqual({ id: world.samples.templateId, data: {} });
	});

	it("reports a template that is not approved for the channel with Mehery's message and status 400 (version 1)", async () => {
		const result = await world.engine.runNode({ ...send({ messageType: 'template', template: { mode: 'code', value: world.samples.rejectedTemplateCode } }), typeVersion: 1 });
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toContain('is not approved for channel');
		expect(result.error?.description).toContain('error BAD_REQUEST');
	});

	it("reports an unknown channel and a bad API key in Mehery's words", async () => {
		const unknown = await world.engine.runNode(send({ channel: { mode: 'id', value: 'wa360:000' }, messageType: 'text', text: 'x' }));
		expect(unknown.error?.httpCode).toBe('400');
		expect(unknown.error?.message).toBe('channelId is not a configured channel (wa360:000)');

		const bad = await world.engineWith({ apiKey: 'nope' });
		const unauthorised = await bad.runNode(send({ messageType: 'text', text: 'x' }));
		expect(unauthorised.error?.httpCode).toBe('401');
		expect(unauthorised.error?.message).toBe('Invalid or missing x-api-key');
		expect(JSON.stringify(unauthorised.error)).not.toContain(world.credential.apiKey);
	});

	it('fails bad fields before any request, naming the field and the item; Continue On Fail keeps the good items', async () => {
		const result = await world.engine.runNode({ ...send({ recipientBy: 'phone', recipient: '={{ $json.to }}', messageType: 'text', text: '={{ $json.text }}' }), continueOnFail: true }, [
			{ json: { to: world.samples.contactPhone, text: 'first' } },
			{ json: { to: '12ab', text: 'second' } },
			{ json: { to: world.samples.contactPhone, text: '' } },
		]);
		expect(result.status).toBe('success');
		expect(result.items[0].json.id).toBeDefined();
		expect(String(result.items[1].json.error)).toContain('"Recipient" "12ab" is not a phone number in international format (item 1)');
		expect(String(result.items[2].json.error)).toContain('"Text" is empty (item 2)');
		const posts = await world.requests({ method: 'POST', path: '/api/v1/message/send' });
		expect(posts.map((p) => p.body.text.body)).toEqual(['first']);
	});

	it('a 429 from Mehery is retried (Retry-After honoured) and the message goes out once', async () => {
		await world.mock.fault({ provider: 'mehery', method: 'POST', path: '/api/v1/message/send', status: 429, retryAfter: 0, count: 1 });
		const result = await world.engine.runNode(send({ messageType: 'text', text: 'retry me' }));
		expect(result.status).toBe('success');
		const posts = await world.requests({ method: 'POST', path: '/api/v1/message/send' });
		expect(posts.map((p) => p.status)).toEqual([429, 200]);
		expect((await world.state()).sentMessages).toHaveLength(1);
	});
});
