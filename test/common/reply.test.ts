import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { Engine, startMock, type MockClient } from '../harness';
import { eventually, expectCommonMessage } from './helpers';

/** Omnichannel Reply through n8n's engine against the mock, one provider at a time. */
describe('Omnichannel Reply', () => {
	let mock: MockClient;
	let engine: Engine;
	let credentials: Record<string, IDataObject>;
	let spotler: { channelJid: string; contactJid: string; contactJidOutsideCareWindow: string; template: { name: string; language: string } };
	let parley: { searchId: number; replyableResultId: number; monitoringOnlyResultId: number };
	let mehery: { channelId: string; contactId: string; templateCode: string };

	beforeAll(async () => {
		mock = await startMock();
		const [s, p, m] = await Promise.all([mock.credentials('spotler'), mock.credentials('parley'), mock.credentials('mehery')]);
		({ samples: spotler } = s);
		({ samples: parley } = p);
		({ samples: mehery } = m);
		credentials = { spotlerApi: s.credential, parleyOAuth2Api: p.credential, meheryApi: m.credential };
		engine = await Engine.create({ credentials: credentials as never });
	});
	afterAll(() => mock.close());
	beforeEach(() => mock.server.reset());

	const reply = (parameters: INodeParameters, items: IDataObject[], options: { continueOnFail?: boolean; engine?: Engine } = {}) =>
		(options.engine ?? engine).runNode({ type: 'omnichannelReply', parameters, continueOnFail: options.continueOnFail }, items.map((json) => ({ json })));

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

	const spotlerConversation = async (contactJid = spotler.contactJid) =>
		(await mock.state('spotler')).conversations.find((c: any) => c.channelJid === spotler.channelJid && c.contactJid === contactJid);

	describe('Spotler', () => {
		it('replies with text in the same conversation, and outputs the sent message in the common shape', async () => {
			const run = await reply({ replyType: 'text', text: 'It arrives tomorrow' }, [spotlerItem()]);
			expect(run.status).toBe('success');
			const sent = run.items[0].json;
			expectCommonMessage(sent);
			expect(sent).toMatchObject({ provider: 'spotler', channel: 'whatsapp', account: spotler.channelJid, conversationId: spotler.contactJid, direction: 'outbound', type: 'text', text: 'It arrives tomorrow', status: 'sent' });
			const stored = (await spotlerConversation()).messages.at(-1);
			expect(stored).toMatchObject({ id: sent.messageId, direction: 'outbound', message: { type: 'text', body: 'It arrives tomorrow' } });
		});

		it('replies with media: the kind from the MIME type, the type and file name from the URL when not given', async () => {
			const run = await reply({ replyType: 'media', mediaUrl: 'https://files.example.com/invoices/inv-42.pdf', caption: 'Your invoice' }, [spotlerItem()]);
			expect(run.items[0].json).toMatchObject({ type: 'document', media: { url: 'https://files.example.com/invoices/inv-42.pdf', mimeType: 'application/pdf', fileName: 'inv-42.pdf', caption: 'Your invoice' } });
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

		it('outside the customer-care window: fails with Spotler\'s 1015 without a fallback, sends the fallback template with one', async () => {
			const late = spotlerItem(spotler.contactJidOutsideCareWindow);
			const refused = await reply({ replyType: 'text', text: 'Hello again' }, [late], { continueOnFail: true });
			expect(String(refused.items[0].json.error)).toMatch(/care window/i);

			const withFallback = {
				replyType: 'text',
				text: 'Hello again',
				fallbackTemplate: true,
				templateName: 'support_after_24hours',
				templateLanguage: 'en',
				templateParameters: { parameter: [{ value: 'Ada' }] },
			};
			const run = await reply(withFallback, [late]);
			expect(run.status).toBe('success');
			expect(run.items[0].json).toMatchObject({ type: 'template', conversationId: spotler.contactJidOutsideCareWindow });
			const messages = (await spotlerConversation(spotler.contactJidOutsideCareWindow)).messages;
			expect(messages.at(-1).message).toEqual({ type: 'template', template: { name: 'support_after_24hours', language: 'en', parameters: ['Ada'] } });
			const sends = await mock.requests({ provider: 'spotler', method: 'POST' });
			expect(sends.slice(-2).map((r) => [r.status, r.body.message.type])).toEqual([
				[422, 'text'],
				[201, 'template'],
			]);
		});

		it('retries a 503 (shared retry rules) and reports other provider errors with Spotler\'s own message', async () => {
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
			const run = await reply({ replyType: 'text', text: 'Quick answer', fallbackTemplate: true, templateName: 'support_after_24hours', templateLanguage: 'en' }, [spotlerItem()]);
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
			expect(stored).toMatchObject({ id: Number(sent.messageId), resultId: parley.replyableResultId, message: 'Sorry to hear that, we are on it', connectionId: result.connectionId, public: result.public });
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

		it('replies with text to the contact on the item\'s channel', async () => {
			const run = await reply({ replyType: 'text', text: 'It arrives tomorrow' }, [meheryItem()]);
			const sent = run.items[0].json;
			expectCommonMessage(sent);
			const [stored] = await sentTo();
			expect(stored).toMatchObject({ id: sent.messageId, channelId: mehery.channelId, message: { channelId: mehery.channelId, to: { contactId: mehery.contactId }, type: 'text', text: { body: 'It arrives tomorrow' } } });
		});

		it('replies with a template (named parameters) and with media', async () => {
			await reply(
				{ replyType: 'template', templateName: mehery.templateCode, templateLanguage: 'en', templateParameters: { parameter: [{ name: 'name', value: 'Ada' }, { value: 'x' }] } },
				[meheryItem()],
			);
			await reply({ replyType: 'media', mediaUrl: 'https://files.example.com/terms.pdf', caption: 'Terms' }, [meheryItem()]);
			const [template, document] = await sentTo();
			expect(template.message).toMatchObject({ type: 'template', template: { code: mehery.templateCode, lang: 'en', data: { name: 'Ada', 2: 'x' } } });
			expect(document.message).toMatchObject({ type: 'document', document: { link: 'https://files.example.com/terms.pdf', caption: 'Terms', filename: 'terms.pdf' } });
		});

		it('finds the channel from the contact\'s lane when the item has no account (Session › Get Messages)', async () => {
			const sim = await mock.simulate('mehery', 'message', { contactId: mehery.contactId, text: 'From the session list' });
			const listed = await engine.runNode({ type: 'mehery', parameters: { resource: 'session', operation: 'getMessages', sessionId: sim.sessionId, returnAll: true, simplify: true } });
			const item = listed.items.at(-1)!.json;
			expect(item.account).toBeNull();
			await reply({ replyType: 'text', text: 'Answer to the session' }, [item]);
			const stored = await eventually(async () => (await sentTo()).at(-1));
			expect(stored).toMatchObject({ channelId: mehery.channelId, sessionId: sim.sessionId, message: { text: { body: 'Answer to the session' } } });
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
			['social25', 'Social25'],
			['wabbit', 'Wabbit'],
		])('an item from %s: not supported yet', async (provider, name) => {
			const run = await reply({ replyType: 'text', text: 'Hi' }, [{ ...spotlerItem(), provider }]);
			expect(run.status).toBe('error');
			expect(run.error?.message).toBe(`Replying on ${name} is not supported yet (item 0)`);
		});

		it('an item not in the common shape', async () => {
			const run = await reply({ replyType: 'text', text: 'Hi' }, [{ event: 'message', message: { body: 'raw' } }]);
			expect(run.error?.message).toBe('The item is not a message in the common shape: it has no known "provider" (item 0)');
			expect(run.error?.description).toContain('Simplify');
		});

		it('declares all five credentials, none required, and is usable as a tool', () => {
			const { description } = engine.nodeType('omnichannelReply');
			expect(description.credentials).toEqual(
				['meheryApi', 'parleyOAuth2Api', 'social25Api', 'spotlerApi', 'wabbitApi'].map((name) => ({ name, required: false })),
			);
			expect(description.usableAsTool).toBe(true);
			// n8n's loader turns the light and dark icon files into icon URLs.
			expect(description.iconUrl).toEqual({ light: expect.stringContaining('omnichannel.svg'), dark: expect.stringContaining('omnichannel.dark.svg') });
		});
	});
});
