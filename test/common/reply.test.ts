import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Engine, eventually, startMock, type MockClient } from '../harness';
import { expectCommonMessage } from './helpers';

/** Omnichannel Reply through n8n's engine against the mock, one provider at a time. */
describe('Omnichannel Reply', () => {
	let mock: MockClient;
	let engine: Engine;
	let credentials: Record<string, IDataObject>;
	let spotler: { channelJid: string; contactJid: string; contactJidOutsideCareWindow: string; template: { name: string; language: string } };
	let parley: { searchId: number; replyableResultId: number; monitoringOnlyResultId: number };
	let mehery: { channelId: string; contactId: string; templateCode: string };
	let social25: { tenantId: string; whatsappConversationId: string; whatsappUserId: string; facebookConversationId: string; expiredConversationId: string; templateName: string };
	let wabbit: { waId: string; waIdOutsideWindow: string; templateName: string };
	/** A public file host for media replies (Social25 takes uploads, so the node downloads the file first). */
	let files: Server;
	let filesUrl: string;
	const FILES: Record<string, { type: string; body: Buffer }> = {
		'/files/invoice-7.pdf': { type: 'application/pdf', body: Buffer.from('%PDF-1.4 invoice 7') },
		'/files/parcel.png': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]) },
	};

	beforeAll(async () => {
		mock = await startMock();
		const [s, p, m, s25, w] = await Promise.all([mock.credentials('spotler'), mock.credentials('parley'), mock.credentials('mehery'), mock.credentials('social25'), mock.credentials('wabbit')]);
		({ samples: spotler } = s);
		({ samples: parley } = p);
		({ samples: mehery } = m);
		({ samples: social25 } = s25);
		({ samples: wabbit } = w);
		credentials = { spotlerApi: s.credential, parleyOAuth2Api: p.credential, meheryApi: m.credential, social25Api: s25.credential, wabbitApi: w.credential };
		engine = await Engine.create({ credentials: credentials as never });
		files = createServer((req, res) => {
			const file = FILES[req.url ?? ''];
			if (!file) return void res.writeHead(404).end('not found');
			res.writeHead(200, { 'content-type': file.type }).end(file.body);
		});
		await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
		filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((resolve) => files.close(resolve));
		await mock.close();
	});
	beforeEach(() => mock.server.reset());

	// Version 1 (saved workflows) sends templates unchecked; version 2's checks are in reply-templates.test.ts.
	const reply = (parameters: INodeParameters, items: IDataObject[], options: { continueOnFail?: boolean; engine?: Engine } = {}) =>
		(options.engine ?? engine).runNode(
			{ type: 'omnichannelReply', typeVersion: 1, parameters, continueOnFail: options.continueOnFail },
			items.map((json) => ({ json })),
		);

	/** Items as the triggers output them with Simplify on (only what a reply reads, plus raw). */
	const spotlerItem = (contactJid = spotler.contactJid): IDataObject => ({
		provider: 'spotler',
		channel: 'whatsapp',
		account: spotler.channelJid,
		conversationId: contactJid,
		contact: { id: contactJid, name: null, phone: null },
		direction: 'inbound',
		type: 'text',
		text: 'Where is my parcel?',
		timestamp: new Date().toISOString(),
		raw: {},
	});
	const parleyItem = (resultId: number): IDataObject => ({
		provider: 'parley',
		channel: 'twitter',
		account: String(parley.searchId),
		conversationId: '1',
		contact: { id: 'someone' },
		direction: 'inbound',
		messageId: String(resultId),
		type: 'text',
		text: 'Hello',
		timestamp: new Date().toISOString(),
		raw: {},
	});
	const meheryItem = (account: string | null = mehery.channelId, raw: IDataObject = {}): IDataObject => ({
		provider: 'mehery',
		channel: 'whatsapp',
		account,
		conversationId: null,
		contact: { id: mehery.contactId },
		direction: 'inbound',
		type: 'text',
		text: 'Hello',
		timestamp: new Date().toISOString(),
		raw,
	});

	const social25Item = (conversationId = social25.whatsappConversationId, channel = 'whatsapp'): IDataObject => ({
		provider: 'social25',
		channel,
		account: social25.tenantId,
		conversationId,
		contact: { id: social25.whatsappUserId, name: null, phone: null },
		direction: 'inbound',
		type: 'text',
		text: 'Where is my parcel?',
		timestamp: new Date().toISOString(),
		raw: {},
	});
	const wabbitItem = (waId = wabbit.waId): IDataObject => ({
		provider: 'wabbit',
		channel: 'whatsapp',
		account: null,
		conversationId: waId,
		contact: { id: waId, name: null, phone: waId },
		direction: 'inbound',
		type: 'text',
		text: 'Where is my parcel?',
		timestamp: new Date().toISOString(),
		raw: {},
	});

	const spotlerConversation = async (contactJid = spotler.contactJid) =>
		(await mock.state('spotler')).conversations.find((c: any) => c.channelJid === spotler.channelJid && c.contactJid === contactJid);

	describe('Spotler', () => {
		it('replies with text in the same conversation, and outputs the sent message in the common shape', async () => {
			const run = await reply({ replyType: 'text', text: 'It arrives tomorrow' }, [spotlerItem()]);
			expect(run.status).toBe('success');
			const sent = run.items[0].json;
			expectCommonMessage(sent);
			expect(sent).toMatchObject({
				provider: 'spotler',
				channel: 'whatsapp',
				account: spotler.channelJid,
				conversationId: spotler.contactJid,
				direction: 'outbound',
				type: 'text',
				text: 'It arrives tomorrow',
				status: 'sent',
			});
			const stored = (await spotlerConversation()).messages.at(-1);
			expect(stored).toMatchObject({ id: sent.messageId, direction: 'outbound', message: { type: 'text', body: 'It arrives tomorrow' } });
		});

		it('replies with media: the kind from the MIME type, the type and file name from the URL when not given', async () => {
			const run = await reply({ replyType: 'media', mediaUrl: 'https://files.example.com/invoices/inv-42.pdf', caption: 'Your invoice' }, [spotlerItem()]);
			expect(run.items[0].json).toMatchObject({
				type: 'document',
				media: { url: 'https://files.example.com/invoices/inv-42.pdf', mimeType: 'application/pdf', fileName: 'inv-42.pdf', caption: 'Your invoice' },
			});
			expect((await spotlerConversation()).messages.at(-1).message).toEqual({
				type: 'document',
				url: 'https://files.example.com/invoices/inv-42.pdf',
				mimeType: 'application/pdf',
				fileName: 'inv-42.pdf',
				title: 'Your invoice',
			});
			await reply({ replyType: 'media', mediaUrl: 'https://files.example.com/p.png', caption: 'The box' }, [spotlerItem()]);
			expect((await spotlerConversation()).messages.at(-1).message).toEqual({ type: 'image', url: 'https://files.example.com/p.png', mimeType: 'image/png', caption: 'The box' });
		});

		it('replies with a template when chosen', async () => {
			const parameters = {
				replyType: 'template',
				templateName: spotler.template.name,
				templateLanguage: spotler.template.language,
				templateParameters: { parameter: [{ value: 'Ada' }, { value: 'A-1' }, { value: 'Monday' }] },
			};
			const run = await reply(parameters, [spotlerItem()]);
			expect(run.items[0].json).toMatchObject({ type: 'template' });
			expect((await spotlerConversation()).messages.at(-1).message).toEqual({
				type: 'template',
				template: { name: spotler.template.name, language: spotler.template.language, parameters: ['Ada', 'A-1', 'Monday'] },
			});
		});

		it("outside the customer-care window: fails with Spotler's 1015 without a fallback, sends the fallback template with one", async () => {
			const late = spotlerItem(spotler.contactJidOutsideCareWindow);
			const refused = await reply({ replyType: 'text', text: 'Hello again' }, [late], { continueOnFail: true });
			expect(String(refused.items[0].json.error)).toMatch(/care window/i);

			const withFallback = {
				replyType: 'text',
				text: 'Hello again',
				fallbackTemplate: true,
				templateName: 'support_follow_up',
				templateLanguage: 'en',
				templateParameters: { parameter: [{ value: 'Ada' }] },
			};
			const run = await reply(withFallback, [late]);
			expect(run.status).toBe('success');
			expect(run.items[0].json).toMatchObject({ type: 'template', conversationId: spotler.contactJidOutsideCareWindow });
			const messages = (await spotlerConversation(spotler.contactJidOutsideCareWindow)).messages;
			expect(messages.at(-1).message).toEqual({ type: 'template', template: { name: 'support_follow_up', language: 'en', parameters: ['Ada'] } });
			const sends = await mock.requests({ provider: 'spotler', method: 'POST' });
			expect(sends.slice(-2).map((r) => [r.status, r.body.message.type])).toEqual([
				[422, 'text'],
				[201, 'template'],
			]);
		});

		it("retries a 503 (shared retry rules) and reports other provider errors with Spotler's own message", async () => {
			await mock.fault({ provider: 'spotler', path: '/channels/**', status: 503, retryAfter: 0, count: 1 });
			const run = await reply({ replyType: 'text', text: 'After a hiccup' }, [spotlerItem()]);
			expect(run.items[0].json).toMatchObject({ type: 'text', status: 'sent' });
			expect((await mock.requests({ provider: 'spotler', method: 'POST' })).map((r) => r.status)).toEqual([503, 201]);

			const unknownChannel = { ...spotlerItem(), account: '31209999999@whatsapp.eazy.im' };
			const failed = await reply({ replyType: 'text', text: 'Hi' }, [unknownChannel]);
			expect(failed.status).toBe('error');
			expect(failed.error?.description).toMatch(/^Spotler answered HTTP 4\d\d, error 10\d\d\.$/);
		});

		it('the fallback is not used inside the window', async () => {
			const run = await reply({ replyType: 'text', text: 'Quick answer', fallbackTemplate: true, templateName: 'support_follow_up', templateLanguage: 'en' }, [spotlerItem()]);
			expect(run.items[0].json).toMatchObject({ type: 'text' });
		});
	});

	describe('Parley', () => {
		it('replies to the result, on its connection and visibility; the reply joins the case', async () => {
			const run = await reply({ replyType: 'text', text: 'Sorry to hear that, we are on it' }, [parleyItem(parley.replyableResultId)]);
			expect(run.status).toBe('success');
			const sent = run.items[0].json;
			expectCommonMessage(sent);
			const state = await mock.state('parley');
			const result = state.results.find((r: any) => r.id === parley.replyableResultId);
			const stored = state.cases.find((c: any) => c.id === result.caseId).replies.at(-1);
			expect(stored).toMatchObject({
				id: Number(sent.messageId),
				resultId: parley.replyableResultId,
				message: 'Sorry to hear that, we are on it',
				connectionId: result.connectionId,
				public: result.public,
			});
			expect(sent).toMatchObject({ provider: 'parley', direction: 'outbound', type: 'text', raw: stored });
		});

		it('refuses media and results Parley accepts no replies to, naming the item', async () => {
			const media = await reply({ replyType: 'media', mediaUrl: 'https://files.example.com/p.png' }, [parleyItem(parley.replyableResultId)], { continueOnFail: true });
			expect(media.items[0].json.error).toBe('Parley replies are text only; a media reply cannot be sent (item 0)');
			const closed = await reply({ replyType: 'text', text: 'Hi' }, [parleyItem(parley.monitoringOnlyResultId)], { continueOnFail: true });
			expect(closed.items[0].json.error).toBe(`Parley result ${parley.monitoringOnlyResultId} cannot be replied to (item 0)`);
			expect(await mock.requests({ provider: 'parley', method: 'POST', path: '/results/**' })).toEqual([]);
		});
	});

	describe('Mehery', () => {
		const sentTo = async () => (await mock.state('mehery')).sentMessages.filter((m: any) => m.contactId === mehery.contactId);

		it("replies with text to the contact on the item's channel", async () => {
			const run = await reply({ replyType: 'text', text: 'It arrives tomorrow' }, [meheryItem()]);
			const sent = run.items[0].json;
			expectCommonMessage(sent);
			const [stored] = await sentTo();
			expect(stored).toMatchObject({
				id: sent.messageId,
				channelId: mehery.channelId,
				message: { channelId: mehery.channelId, to: { contactId: mehery.contactId }, type: 'text', text: { body: 'It arrives tomorrow' } },
			});
		});

		it('replies with a template (named parameters) and with media', async () => {
			await reply({ replyType: 'template', templateName: mehery.templateCode, templateLanguage: 'en', templateParameters: { parameter: [{ name: 'name', value: 'Ada' }, { value: 'x' }] } }, [
				meheryItem(),
			]);
			await reply({ replyType: 'media', mediaUrl: 'https://files.example.com/terms.pdf', caption: 'Terms' }, [meheryItem()]);
			const [template, document] = await sentTo();
			expect(template.message).toMatchObject({ type: 'template', template: { code: mehery.templateCode, lang: 'en', data: { name: 'Ada', 2: 'x' } } });
			expect(document.message).toMatchObject({ type: 'document', document: { link: 'https://files.example.com/terms.pdf', caption: 'Terms', filename: 'terms.pdf' } });
		});

		it("finds the channel from the contact's lane when the item has no account (Session › Get Messages)", async () => {
			const sim = await mock.simulate('mehery', 'message', { contactId: mehery.contactId, text: 'From the session list' });
			const listed = await engine.runNode({ type: 'mehery', parameters: { resource: 'session', operation: 'getMessages', sessionId: sim.sessionId, returnAll: true, simplify: true } });
			const item = listed.items.at(-1)!.json;
			expect(item.account).toBeNull();
			await reply({ replyType: 'text', text: 'Answer to the session' }, [item]);
			const stored = await eventually(async () => (await sentTo()).at(-1));
			expect(stored).toMatchObject({ channelId: mehery.channelId, sessionId: sim.sessionId, message: { text: { body: 'Answer to the session' } } });
		});
	});

	describe('Social25', () => {
		const conversation = async (id = social25.whatsappConversationId) => (await mock.state('social25')).conversations.find((c: any) => c.id === id);

		it("replies with text in the item's conversation of its tenant", async () => {
			const run = await reply({ replyType: 'text', text: 'It arrives tomorrow' }, [social25Item()]);
			expect(run.status).toBe('success');
			const sent = run.items[0].json;
			expectCommonMessage(sent);
			const stored = (await conversation()).messages.at(-1);
			expect(stored).toMatchObject({ id: sent.messageId, outbound: true, type: 'TEXT', status: 'SENT', text: 'It arrives tomorrow' });
			expect(sent).toMatchObject({
				provider: 'social25',
				channel: 'whatsapp',
				account: social25.tenantId,
				conversationId: social25.whatsappConversationId,
				direction: 'outbound',
				type: 'text',
				status: 'sent',
				raw: stored,
			});
		});

		it('replies with media: the file is fetched from the URL, uploaded to the conversation, then sent', async () => {
			const run = await reply({ replyType: 'media', mediaUrl: `${filesUrl}/files/invoice-7.pdf`, caption: 'Your invoice' }, [social25Item()]);
			expect(run.items[0].json).toMatchObject({ type: 'document', media: { mimeType: 'application/pdf', fileName: 'invoice-7.pdf', caption: 'Your invoice' } });
			const state = await mock.state('social25');
			expect(state.uploads).toEqual([expect.objectContaining({ title: 'invoice-7.pdf', mime_type: 'application/pdf', bytes: FILES['/files/invoice-7.pdf'].body.length })]);
			const stored = (await conversation()).messages.at(-1);
			expect(stored).toMatchObject({ outbound: true, type: 'FILE', text: 'Your invoice', file: { path: state.uploads[0].path }, mime_type: 'application/pdf' });

			await reply({ replyType: 'media', mediaUrl: `${filesUrl}/files/parcel.png` }, [social25Item()]);
			expect((await conversation()).messages.at(-1)).toMatchObject({ type: 'IMAGE', text: null, mime_type: 'image/png', media_title: 'parcel.png' });
			// The credential goes to Social25 only, never to the file's host.
			const uploads = await mock.requests({ provider: 'social25', method: 'POST', path: `/tenants/${social25.tenantId}/conversations/${social25.whatsappConversationId}/mediaupload/` });
			expect(uploads.map((r) => r.status)).toEqual([200, 200]);
		});

		it('a file that cannot be downloaded fails the item, nothing sent', async () => {
			const run = await reply({ replyType: 'media', mediaUrl: `${filesUrl}/files/missing.pdf` }, [social25Item()], { continueOnFail: true });
			expect(String(run.items[0].json.error)).toMatch(/^The file at "Media URL" could not be downloaded: .*404.* \(item 0\)$/);
			expect(await mock.requests({ provider: 'social25', method: 'POST' })).toEqual([]);
		});

		it('replies with a WhatsApp template (MEDIA_HSM); a template on another platform fails the item', async () => {
			const parameters = { replyType: 'template', templateName: social25.templateName, templateLanguage: 'en', templateParameters: { parameter: [{ value: 'Ada' }, { value: 'A-1' }] } };
			const run = await reply(parameters, [social25Item()]);
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
			expect((await conversation()).messages.at(-1)).toMatchObject({ outbound: true, type: 'MEDIA_HSM', text: 'Hi Ada, your order A-1 has shipped.' });
			const [sent] = await mock.requests({ provider: 'social25', method: 'POST' });
			expect(sent.body).toMatchObject({
				type: 'MEDIA_HSM',
				name: social25.templateName,
				locale: 'en',
				components: [
					{
						type: 'body',
						parameters: [
							{ type: 'text', text: 'Ada' },
							{ type: 'text', text: 'A-1' },
						],
					},
				],
			});

			const messenger = await reply(parameters, [social25Item(social25.facebookConversationId, 'messenger')], { continueOnFail: true });
			expect(messenger.items[0].json.error).toBe('Social25 templates (HSM) are WhatsApp only; this conversation is on messenger (item 0)');
			expect(await mock.requests({ provider: 'social25', method: 'POST' })).toHaveLength(1);
		});

		it("reports Social25's own error, e.g. for an expired conversation", async () => {
			const run = await reply({ replyType: 'text', text: 'Hello?' }, [social25Item(social25.expiredConversationId)]);
			expect(run.status).toBe('error');
			expect(run.error?.message).toBe('This conversation has expired and can not be used anymore.');
			expect(run.error?.description).toMatch(/^Social25 answered HTTP 400/);
		});
	});

	describe('Wabbit', () => {
		const lastSent = async () => (await mock.state('wabbit')).messages.filter((m: any) => m.from_us).at(-1);

		it("replies with text to the chat (the customer's WhatsApp number)", async () => {
			const run = await reply({ replyType: 'text', text: 'It arrives tomorrow' }, [wabbitItem()]);
			expect(run.status).toBe('success');
			const sent = run.items[0].json;
			expectCommonMessage(sent);
			expect(await lastSent()).toMatchObject({ id: sent.messageId, customer_wa_id: wabbit.waId, waba_payload: { to: wabbit.waId, type: 'text', text: { body: 'It arrives tomorrow' } } });
			expect(sent).toMatchObject({
				provider: 'wabbit',
				conversationId: wabbit.waId,
				direction: 'outbound',
				type: 'text',
				status: 'sent',
				raw: { waba_response: { messages: [{ id: sent.messageId }] } },
			});
		});

		it('replies with media by link (image, document); audio and video fail the item', async () => {
			await reply({ replyType: 'media', mediaUrl: 'https://files.example.com/p.png', caption: 'The box' }, [wabbitItem()]);
			expect((await lastSent()).waba_payload).toMatchObject({ type: 'image', image: { link: 'https://files.example.com/p.png', caption: 'The box' } });
			await reply({ replyType: 'media', mediaUrl: 'https://files.example.com/terms.pdf' }, [wabbitItem()]);
			expect((await lastSent()).waba_payload).toMatchObject({ type: 'document', document: { link: 'https://files.example.com/terms.pdf', filename: 'terms.pdf' } });
			const video = await reply({ replyType: 'media', mediaUrl: 'https://files.example.com/v.mp4' }, [wabbitItem()], { continueOnFail: true });
			expect(video.items[0].json.error).toBe('Wabbit sends images and documents; a video reply cannot be sent (item 0)');
		});

		it('replies with a template', async () => {
			const run = await reply({ replyType: 'template', templateName: wabbit.templateName, templateLanguage: 'en', templateParameters: { parameter: [{ value: 'Ada' }] } }, [wabbitItem()]);
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
			expect((await lastSent()).waba_payload).toMatchObject({
				type: 'template',
				template: { name: wabbit.templateName, language: { policy: 'deterministic', code: 'en' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ada' }] }] },
			});
		});

		it("outside the 24-hour window: fails with Wabbit's message without a fallback, sends the fallback template with one", async () => {
			const late = wabbitItem(wabbit.waIdOutsideWindow);
			const refused = await reply({ replyType: 'text', text: 'Hello again' }, [late], { continueOnFail: true });
			expect(String(refused.items[0].json.error)).toMatch(/24 hours/);
			const withFallback = { replyType: 'text', text: 'Hello again', fallbackTemplate: true, templateName: wabbit.templateName, templateLanguage: 'en' };
			const run = await reply(withFallback, [late]);
			expect(run.status).toBe('success');
			expect(run.items[0].json).toMatchObject({ type: 'template', conversationId: wabbit.waIdOutsideWindow });
			const sends = await mock.requests({ provider: 'wabbit', method: 'POST', path: '/api/v1/messages/' });
			expect(sends.map((r) => [r.status, r.body.type])).toEqual([
				[400, 'text'],
				[400, 'text'],
				[201, 'template'],
			]);
		});
	});

	describe('errors', () => {
		it('a provider whose credential is not set: a clear error naming the provider and the item, nothing sent', async () => {
			const { meheryApi: _mehery, ...others } = credentials;
			const withoutMehery = await Engine.create({ credentials: others as never });
			const run = await reply({ replyType: 'text', text: 'Hi' }, [meheryItem()], { engine: withoutMehery });
			expect(run.status).toBe('error');
			expect(run.error?.message).toBe('No Mehery credential is set on this node, and the item came from Mehery (item 0)');
			expect((await mock.state('mehery')).sentMessages).toEqual([]);

			// With Continue On Fail the other items are still answered.
			const mixed = await reply({ replyType: 'text', text: 'Hi' }, [spotlerItem(), meheryItem()], { engine: withoutMehery, continueOnFail: true });
			expect(mixed.items[0].json).toMatchObject({ provider: 'spotler', status: 'sent' });
			expect(mixed.items[1].json).toEqual({ error: 'No Mehery credential is set on this node, and the item came from Mehery (item 1)' });
		});

		it.each([
			['social25Api', 'Social25', () => social25Item()],
			['wabbitApi', 'Wabbit', () => wabbitItem()],
		])('without %s: items from %s fail clearly, nothing sent', async (credentialType, name, item) => {
			const { [credentialType]: _missing, ...others } = credentials;
			const without = await Engine.create({ credentials: others as never });
			const run = await reply({ replyType: 'text', text: 'Hi' }, [item()], { engine: without });
			expect(run.status).toBe('error');
			expect(run.error?.message).toBe(`No ${name} credential is set on this node, and the item came from ${name} (item 0)`);
			expect(await mock.requests({ provider: name.toLowerCase(), method: 'POST' })).toEqual([]);
		});

		it('an item not in the common shape', async () => {
			const run = await reply({ replyType: 'text', text: 'Hi' }, [{ event: 'message', message: { body: 'raw' } }]);
			expect(run.error?.message).toBe('The item is not a message in the common shape: it has no known "provider" (item 0)');
			expect(run.error?.description).toContain('Simplify');
		});

		it('declares all five credentials, none required, and is usable as a tool', () => {
			const { description } = engine.nodeType('omnichannelReply');
			expect(description.credentials).toEqual(
				['meheryApi', 'parleyOAuth2Api', 'social25Api', 'spotlerApi', 'wabbitApi'].map((name) => ({ name, required: false, displayName: expect.stringMatching(/ Credential$/) })),
			);
			expect(description.usableAsTool).toBe(true);
			// n8n's loader turns the light and dark icon files into icon URLs.
			expect(description.iconUrl).toEqual({ light: expect.stringContaining('omnichannel.svg'), dark: expect.stringContaining('omnichannel.dark.svg') });
		});
	});
});
