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
	let wabbit: { waId: string; waIdOutsideWindow: string };
	let social25: { tenantId: string; whatsappConversationId: string; whatsappUserId: string };

	beforeAll(async () => {
		mock = await startMock();
		const [s, m, w, s25] = await Promise.all([mock.credentials('spotler'), mock.credentials('mehery'), mock.credentials('wabbit'), mock.credentials('social25')]);
		({ samples: spotler } = s);
		({ samples: mehery } = m);
		({ samples: wabbit } = w);
		({ samples: social25 } = s25);
		engine = await Engine.create({ credentials: { spotlerApi: s.credential, meheryApi: m.credential, wabbitApi: w.credential, social25Api: s25.credential } as never });
	});
	afterAll(() => mock.close());
	beforeEach(() => mock.server.reset());

	const reply = (parameters: INodeParameters, item: IDataObject) => engine.runNode({ type: 'omnichannelReply', typeVersion: 2, parameters, continueOnFail: true }, [{ json: item }]);
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
	const wabbitItem = (waId = wabbit.waId) => item('wabbit', '', waId);
	const social25Item = () => ({ ...item('social25', social25.tenantId, social25.whatsappUserId), conversationId: social25.whatsappConversationId });
	const values = (...list: Array<string | [string, string]>) => ({
		parameter: list.map((v) => (Array.isArray(v) ? { name: v[0], value: v[1] } : { value: v })),
	});
	const posts = async (provider: string, path?: string) => (await mock.requests({ provider, method: 'POST', ...(path ? { path } : {}) })).map((r) => [r.status, r.body.message?.type ?? r.body.type]);
	// Wabbit's credential logs in with a POST of its own: only the message sends count.
	const wabbitSends = () => posts('wabbit', '/api/v1/messages/');

	describe('Spotler', () => {
		it("sends an approved template whose values fit, after reading the channel's template list", async () => {
			const run = await reply({ replyType: 'template', templateName: 'delivery_notification', templateLanguage: 'nl', templateParameters: values('Ada', '#1234', 'vrijdag') }, spotlerItem());
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
			expect((await mock.requests({ provider: 'spotler', method: 'GET' })).map((r) => r.path)).toEqual([`/channels/${encodeURIComponent(spotler.channelJid)}/templates`]);
			expect(await posts('spotler')).toEqual([[201, 'template']]);
		});

		it("reads the channel's template list once for a run of many items, each still checked and sent", async () => {
			const run = await engine.runNode(
				{
					type: 'omnichannelReply',
					typeVersion: 2,
					parameters: { replyType: 'template', templateName: 'delivery_notification', templateLanguage: 'nl', templateParameters: values('={{ $json.text }}', '#1234', 'vrijdag') },
				},
				[1, 2, 3, 4].map((n) => ({ json: { ...spotlerItem(), text: `Klant ${n}` } })),
			);
			expect(run.items.map((i) => i.json.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
			expect((await mock.requests({ provider: 'spotler', method: 'GET' })).map((r) => r.path)).toEqual([`/channels/${encodeURIComponent(spotler.channelJid)}/templates`]);
			expect((await mock.requests({ provider: 'spotler', method: 'POST' })).map((r) => r.body.message.template.parameters[0]).sort()).toEqual(['Klant 1', 'Klant 2', 'Klant 3', 'Klant 4']);
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
			expect(await posts('spotler')).toEqual([
				[422, 'text'],
				[201, 'template'],
			]);
		});
	});

	describe('Mehery', () => {
		it('sends an approved template whose values match its named placeholders', async () => {
			const run = await reply({ replyType: 'template', templateName: 'ORDER_SHIPPED', templateLanguage: 'en_US', templateParameters: values(['name', 'Ada'], ['order', 'A-1']) }, meheryItem());
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
			expect(await posts('mehery')).toEqual([[200, 'template']]);
		});

		it("takes the template's only language when none is given", async () => {
			const run = await reply({ replyType: 'template', templateName: 'ORDER_SHIPPED', templateLanguage: '', templateParameters: values(['name', 'Ada'], ['order', 'A-1']) }, meheryItem());
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
		});

		it("refuses a template rejected on the item's channel, and a pending language", async () => {
			const rejected = await reply(
				{ replyType: 'template', templateName: 'PAYMENT_REMINDER', templateLanguage: 'en_US', templateParameters: values(['amount', '10'], ['date', 'Friday']) },
				meheryItem(),
			);
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

	describe('Wabbit', () => {
		it("sends an approved template whose values fit, after reading the inbox's template list", async () => {
			const run = await reply({ replyType: 'template', templateName: 'order_shipped', templateLanguage: 'nl', templateParameters: values('Ada', 'A-1') }, wabbitItem());
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
			expect((await mock.requests({ provider: 'wabbit', method: 'GET' })).map((r) => r.path)).toEqual(['/api/v1/templates/']);
			expect(await wabbitSends()).toEqual([[201, 'template']]);
		});

		it('refuses a rejected and a pending template, naming the field, the template, its status and the item; nothing is sent', async () => {
			const rejected = await reply({ replyType: 'template', templateName: 'spring_sale', templateLanguage: 'en', templateParameters: values('Ada') }, wabbitItem());
			expect(rejected.items[0].json.error).toBe('"Template Name" "spring_sale" (en) is rejected; only approved templates can be sent (item 0)');
			const pending = await reply({ replyType: 'template', templateName: 'payment_received', templateLanguage: 'en', templateParameters: values('Ada', 'EUR 25.00') }, wabbitItem());
			expect(pending.items[0].json.error).toBe('"Template Name" "payment_received" (en) is pending; only approved templates can be sent (item 0)');
			expect(await wabbitSends()).toEqual([]);
		});

		it('refuses a wrong number of values, and a language the template does not have', async () => {
			const count = await reply({ replyType: 'template', templateName: 'order_shipped', templateLanguage: 'en', templateParameters: values('Ada') }, wabbitItem());
			expect(count.items[0].json.error).toBe('"Template Parameters" has 1 value but template "order_shipped" (en) expects 2 (item 0)');
			const language = await reply({ replyType: 'template', templateName: 'appointment_reminder', templateLanguage: 'pl', templateParameters: values('Monday') }, wabbitItem());
			expect(language.items[0].json.error).toBe('"Template Name" "appointment_reminder" has no "pl" version (it has en) (item 0)');
			expect(await wabbitSends()).toEqual([]);
		});

		it('refuses a fallback whose count does not fit once the care window has closed: only the refused text went out', async () => {
			const run = await reply(
				{ replyType: 'text', text: 'Hello again', fallbackTemplate: true, templateName: 'order_shipped', templateLanguage: 'en', templateParameters: values('Ada') },
				wabbitItem(wabbit.waIdOutsideWindow),
			);
			expect(run.items[0].json.error).toBe('"Template Parameters" has 1 value but template "order_shipped" (en) expects 2 (item 0)');
			expect(await wabbitSends()).toEqual([[400, 'text']]);
		});
	});

	describe('Social25', () => {
		it("sends an approved template whose values fit, after reading the conversation's templates of the language", async () => {
			const run = await reply({ replyType: 'template', templateName: 'order_shipped', templateLanguage: 'en', templateParameters: values('Ada', 'A-1') }, social25Item());
			expect(run.items[0].json).toMatchObject({ type: 'template', status: 'sent' });
			const [list] = await mock.requests({ provider: 'social25', method: 'GET' });
			expect(list.path).toBe(`/tenants/${social25.tenantId}/conversations/${social25.whatsappConversationId}/whatsapp_templates/`);
			expect((list as unknown as { query: unknown }).query).toEqual({ language: 'en' });
			expect(await posts('social25')).toEqual([[201, 'MEDIA_HSM']]);
		});

		it('refuses a rejected, a pending and an unknown template (Social25 lists approved ones only), naming the item; nothing is sent', async () => {
			const notListed = (name: string) =>
				`"Template Name" "${name}" is not an approved template in "en" (Social25 lists only approved templates: it is pending, rejected or does not exist in this language) (item 0)`;
			for (const [name, parameters] of [
				['spring_sale', values('Ada')],
				['payment_received', values('Ada', 'EUR 25.00')],
				['no_such_template', values()],
			] as const) {
				const run = await reply({ replyType: 'template', templateName: name, templateLanguage: 'en', templateParameters: parameters }, social25Item());
				expect(run.items[0].json.error).toBe(notListed(name));
			}
			expect(await posts('social25')).toEqual([]);
		});

		it('refuses a wrong number of values', async () => {
			const run = await reply({ replyType: 'template', templateName: 'order_shipped', templateLanguage: 'en', templateParameters: values('Ada', 'A-1', 'extra') }, social25Item());
			expect(run.items[0].json.error).toBe('"Template Parameters" has 3 values but template "order_shipped" (en) expects 2 (item 0)');
			expect(await posts('social25')).toEqual([]);
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
