import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { Engine, startMock, type MockClient } from '../harness';

/**
 * Omnichannel Reply version 2: a template (chosen, or the fallback when the care window has
 * closed) is checked against the item's provider's own template list before it is sent.
 */
describe('Omnichannel Reply templates checked before sending (version 2)', () => {
	let mock: MockClient;
	let engine: Engine;
	let spotler: { channelJid: string; contactJid: string; contactJidOutsideCareWindow: string };
	let mehery: { channelId: string; contactId: string };

	beforeAll(async () => {
		mock = await startMock();
		const [s, m] = await Promise.all([mock.credentials('spotler'), mock.credentials('mehery')]);
		({ samples: spotler } = s);
		({ samples: mehery } = m);
		engine = await Engine.create({ credentials: { spotlerApi: s.credential, meheryApi: m.credential } as never });
	});
	afterAll(() => mock.close());
	beforeEach(() => mock.server.reset());

	const reply = (parameters: INodeParameters, item: IDataObject) =>
		engine.runNode({ type: 'omnichannelReply', typeVersion: 2, parameters, continueOnFail: true }, [{ json: item }]);
	const item = (provider: string, account: string, contactId: string): IDataObject => ({
		provider,
		channel: 'whatsapp',
		account,
		conversationId: contactId,
		contact: { id: contactId, name: null, phone: null },
		direction: 'inbound',
		type: 'text',
		text: 'Where is my parcel?',
		timestamp: new Date().toISOString(),
		raw: {},
	});
	const spotlerItem = (contactJid = spotler.contactJid) => item('spotler', spotler.channelJid, contactJid);
	const meheryItem = () => item('mehery', mehery.channelId, mehery.contactId);
	const values = (...list: Array<string | [string, string]>) => ({
		parameter: list.map((v) => (Array.isArray(v) ? { name: v[0], value: v[1] } : { value: v })),
	});
	const posts = async (provider: string) => (await mock.requests({ provider, method: 'POST' })).map((r) => [r.status, r.body.message?.type ?? r.body.type]);

	describe('Spotler', () => {
		it('sends an approved template whose values fit, after reading the channel\'s template list', async () => {
			const run = await reply({ replyType: 'template', templateName: 'delivery_notification', templateLanguage: 'nl', templateParameters: values('Ada', '#1234', 'vrijdag') }, spotlerItem());
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
			expect((await mock.requests({ provider: 'spotler', method: 'GET' })).map((r) => r.path)).toEqual([`/channels/${encodeURIComponent(spotler.channelJid)}/templates`]);
			expect(await posts('spotler')).toEqual([[201, 'template']]);
		});

		it('refuses a rejected template, naming the field, the template, its status and the item; nothing is sent', async () => {
			const run = await reply({ replyType: 'template', templateName: 'hello', templateLanguage: 'en' }, spotlerItem());
			expect(run.items[0].json.error).toBe('"Template Name" "hello" (en) is rejected; only approved templates can be sent (item 0)');
			expect(await posts('spotler')).toEqual([]);
		});

		it('refuses a fallback whose count does not fit once the care window has closed: only the refused text went out', async () => {
			const run = await reply(
				{ replyType: 'text', text: 'Hello again', fallbackTemplate: true, templateName: 'delivery_notification', templateLanguage: 'en', templateParameters: values('Ada') },
				spotlerItem(spotler.contactJidOutsideCareWindow),
			);
			expect(run.items[0].json.error).toBe('"Template Parameters" has 1 value but template "delivery_notification" (en) expects 3 (item 0)');
			expect(await posts('spotler')).toEqual([[422, 'text']]);
		});

		it('sends a fallback that fits once the care window has closed', async () => {
			const run = await reply(
				{ replyType: 'text', text: 'Hello again', fallbackTemplate: true, templateName: 'support_follow_up', templateLanguage: 'en', templateParameters: values('Ada') },
				spotlerItem(spotler.contactJidOutsideCareWindow),
			);
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
			expect(await posts('spotler')).toEqual([[422, 'text'], [201, 'template']]);
		});
	});

	describe('Mehery', () => {
		it('sends an approved template whose values match its named placeholders', async () => {
			const run = await reply({ replyType: 'template', templateName: 'ORDER_SHIPPED', templateLanguage: 'en_US', templateParameters: values(['name', 'Ada'], ['order', 'A-1']) }, meheryItem());
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
			expect(await posts('mehery')).toEqual([[200, 'template']]);
		});

		it('takes the template\'s only language when none is given', async () => {
			const run = await reply({ replyType: 'template', templateName: 'ORDER_SHIPPED', templateLanguage: '', templateParameters: values(['name', 'Ada'], ['order', 'A-1']) }, meheryItem());
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
		});

		it('refuses a template rejected on the item\'s channel, and a pending language', async () => {
			const rejected = await reply({ replyType: 'template', templateName: 'PAYMENT_REMINDER', templateLanguage: 'en_US', templateParameters: values(['amount', '10'], ['date', 'Friday']) }, meheryItem());
			expect(rejected.items[0].json.error).toBe('"Template Name" "PAYMENT_REMINDER" (en_US) is rejected; only approved templates can be sent (item 0)');
			const pending = await reply({ replyType: 'template', templateName: 'WELCOME', templateLanguage: 'nl', templateParameters: values(['name', 'Ada'], ['company', 'Acme']) }, meheryItem());
			expect(pending.items[0].json.error).toBe('"Template Name" "WELCOME" (nl) is pending; only approved templates can be sent (item 0)');
			expect(await posts('mehery')).toEqual([]);
		});

		it('refuses values that are not the named placeholders: unnamed ones count by position', async () => {
			const run = await reply({ replyType: 'template', templateName: 'ORDER_SHIPPED', templateLanguage: 'en_US', templateParameters: values('Ada', 'A-1') }, meheryItem());
			expect(run.items[0].json.error).toBe('"Template Parameters" has 2 values ({{1}}, {{2}}) but template "ORDER_SHIPPED" (en_US) expects 2 ({{name}}, {{order}}) (item 0)');
			expect(await posts('mehery')).toEqual([]);
		});
	});

	it('version 2 is the default and says in the editor what is checked', () => {
		const { description } = engine.nodeType('omnichannelReply');
		expect(description.defaultVersion).toBe(2);
		const notices = description.properties.filter((p) => p.name === 'templateCheckNotice');
		expect(notices.map((p) => p.displayOptions?.show?.['@version'])).toEqual([[2], [2]]);
		expect(notices[0].displayName).toMatch(/rejected or pending template.*nothing is sent/);
	});
});
