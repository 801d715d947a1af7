import type { INodeProperties } from 'n8n-workflow';

import { byId, social25, social25World } from './world';

/** Version 2 of Send WhatsApp Template and Send in Bulk: language from a list, variables by position, checked before sending. */
describe('Social25 templates that explain themselves (version 2)', () => {
	const s = social25World();

	const templateLists = async () => (await s.requests({ method: 'GET' })).filter((r) => r.path.endsWith('/whatsapp_templates/'));
	const posts = async () => await s.requests({ method: 'POST' });
	const sendTemplate = (template: string, language: string, values: Record<string, string>) =>
		s.engine.runNode(
			social25('message', 'sendWhatsAppTemplate', {
				conversationId: byId(s.samples.whatsappConversationId),
				language,
				template: { __rl: true, mode: 'name', value: template },
				templateVariables: { mappingMode: 'defineBelow', value: values },
			}),
		);

	describe('in the editor', () => {
		const properties = () => s.engine.nodeType('social25').description.properties;

		it('labels each body parameter {{1}}, {{2}}... with the words around it in the template', async () => {
			const mapped = await s.resourceMapping('getTemplateVariables', {
				resource: 'message',
				operation: 'sendWhatsAppTemplate',
				conversationId: byId(s.samples.whatsappConversationId),
				language: 'nl',
				template: { __rl: true, mode: 'list', value: 'order' },
			});
			expect(mapped.fields.map((f) => [f.id, f.displayName, f.required])).toEqual([
				['1', '{{1}} — in "Beste {{1}}, hierbij je ordernummer:…"', true],
				['2', '{{2}} — in "…hierbij je ordernummer: {{2}}. Groet {{3}}"', true],
				['3', '{{3}} — in "…ordernummer: {{2}}. Groet {{3}}"', true],
			]);
			const [list] = await templateLists();
			expect(list.path).toBe(`/tenants/${s.samples.tenantId}/conversations/${s.samples.whatsappConversationId}/whatsapp_templates/`);
			expect(list.query).toEqual({ language: 'nl' });
		});

		it('Send in Bulk, whose conversation is an expression, reads the templates of the first WhatsApp conversation', async () => {
			const mapped = await s.resourceMapping('getTemplateVariables', {
				resource: 'message',
				operation: 'sendBulk',
				bulkMessageType: 'media_hsm',
				conversationId: byId('={{ $json.conversation_id }}'),
				language: 'en',
				template: { __rl: true, mode: 'list', value: 'order_shipped' },
			});
			expect(mapped.fields.map((f) => f.displayName)).toEqual(['{{1}} — in "Hi {{1}}, your order {{2}}…"', '{{2}} — in "…{{1}}, your order {{2}} has shipped."']);
			const [list] = await templateLists();
			const whatsapp = (await s.mock.state('social25')).conversations.find((c: any) => c.platform.source === 'whatsapp');
			expect(list.path).toBe(`/tenants/${s.samples.tenantId}/conversations/${whatsapp.id}/whatsapp_templates/`);
		});

		it('says when the picked template is not approved in the language, instead of showing no variables', async () => {
			const mapped = await s.resourceMapping('getTemplateVariables', {
				resource: 'message',
				operation: 'sendWhatsAppTemplate',
				conversationId: byId(s.samples.whatsappConversationId),
				language: 'en',
				template: { __rl: true, mode: 'name', value: 'spring_sale' },
			});
			expect(mapped).toEqual({ fields: [], emptyFieldsNotice: '"spring_sale" is not an approved template in "en"' });
		});

		it("picks the language from WhatsApp's template languages in version 2; version 1 keeps free text", () => {
			const languages = properties().filter((p) => p.name === 'language' && p.displayOptions?.show?.operation?.includes('sendWhatsAppTemplate'));
			expect(languages.map((p) => [p.type, p.displayOptions?.show?.['@version']])).toEqual([
				['string', [1]],
				['options', [2]],
			]);
			const options = (languages[1].options ?? []) as Array<{ name: string; value: string }>;
			expect(options).toEqual(
				expect.arrayContaining([
					{ name: 'Dutch (nl)', value: 'nl' },
					{ name: 'English (en)', value: 'en' },
					{ name: 'Spanish (es)', value: 'es' },
				]),
			);
			expect(languages[1].default).toBe('en');
		});

		it("the Tenant picker says that the credential's tenant is used when it is left empty", () => {
			const tenant = properties().find((p) => p.name === 'tenant') as INodeProperties;
			expect(tenant.hint).toBe('Leave empty to use the tenant of the credential');
			expect(tenant.modes?.find((m) => m.name === 'list')?.placeholder).toBe("The credential's tenant");
		});
	});

	describe('Send WhatsApp Template', () => {
		it('sends an approved template with its variables in position order', async () => {
			const result = await sendTemplate('order_shipped', 'en', { 2: 'A-7', 1: 'Ada' });
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toMatchObject({ type: 'MEDIA_HSM', text: 'Hi Ada, your order A-7 has shipped.' });
			const [post] = await posts();
			expect(post.body).toMatchObject({
				name: 'order_shipped',
				locale: 'en',
				components: [
					{
						type: 'body',
						parameters: [
							{ type: 'text', text: 'Ada' },
							{ type: 'text', text: 'A-7' },
						],
					},
				],
			});
			expect((await templateLists()).map((r) => r.query)).toEqual([{ language: 'en' }]);
		});

		it.each([
			['spring_sale', 'rejected'],
			['payment_received', 'pending'],
		])('refuses %s (%s, so not listed) before sending, naming it, the language and the item', async (name) => {
			const result = await sendTemplate(name, 'en', { 1: 'Ada' });
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe(
				`"Template" "${name}" is not an approved template in "en" (Social25 lists only approved templates: it is pending, rejected or does not exist in this language) (item 0)`,
			);
			expect(await posts()).toEqual([]);
		});

		it('refuses a count mismatch before sending, naming the template, both counts and the item', async () => {
			const result = await sendTemplate('order_shipped', 'en', { 1: 'Ada' });
			expect(result.error?.message).toBe('"Template Variables" has 1 value but template "order_shipped" (en) expects 2 (item 0)');
			expect(await posts()).toEqual([]);
		});
	});

	describe('Send in Bulk', () => {
		const openWhatsApp = async (): Promise<string[]> => (await s.mock.state('social25')).conversations.filter((c: any) => c.state === 'OPEN' && c.platform.source === 'whatsapp').map((c: any) => c.id);
		const bulk = (template: string, values: Record<string, string>, continueOnFail?: boolean) =>
			social25(
				'message',
				'sendBulk',
				{
					conversationId: byId('={{ $json.c }}'),
					bulkMessageType: 'media_hsm',
					language: 'en',
					template: { __rl: true, mode: 'name', value: template },
					templateVariables: { mappingMode: 'defineBelow', value: values },
				},
				continueOnFail,
			);

		it("sends approved templates, reading the language's templates once per run", async () => {
			const [first, second] = await openWhatsApp();
			const result = await s.engine.runNode(bulk('order_shipped', { 1: '={{ $json.name }}', 2: '={{ $json.order }}' }), [
				{ json: { c: first, name: 'Ada', order: 'A-1' } },
				{ json: { c: second, name: 'Bob', order: 'B-2' } },
			]);
			expect(result.status).toBe('success');
			const [request] = await posts();
			expect(request.body.map((m: any) => m.components[0].parameters.map((p: any) => p.text))).toEqual([
				['Ada', 'A-1'],
				['Bob', 'B-2'],
			]);
			expect(await templateLists()).toHaveLength(1);
		});

		it('refuses each item of a template that is not approved, before sending (Continue On Fail keeps the rest)', async () => {
			const [first, second] = await openWhatsApp();
			const result = await s.engine.runNode(bulk('payment_received', { 1: 'Ada', 2: 'EUR 5' }, true), [{ json: { c: first } }, { json: { c: second } }]);
			expect(result.items.map((i) => i.json.error)).toEqual(
				[0, 1].map(
					(item) =>
						`"Template" "payment_received" is not an approved template in "en" (Social25 lists only approved templates: it is pending, rejected or does not exist in this language) (item ${item})`,
				),
			);
			expect(await posts()).toEqual([]);
		});

		it('refuses an item whose values do not fit, naming the template, both counts and the item', async () => {
			const [first, second] = await openWhatsApp();
			const result = await s.engine.runNode(bulk('order_shipped', { 1: '={{ $json.name }}', 2: '={{ $json.order }}' }, true), [
				{ json: { c: first, name: 'Ada', order: 'A-1' } },
				{ json: { c: second, name: 'Bob', order: '' } },
			]);
			expect(result.items[1].json.error).toBe('"Template Variables" {{2}} of template "order_shipped" is empty (item 1)');
			const [request] = await posts();
			expect(request.body.map((m: any) => m.conversation_id)).toEqual([first]);
			const short = await s.engine.runNode(bulk('order_shipped', { 1: 'Ada' }), [{ json: { c: first } }]);
			expect(short.error?.message).toBe('"Template Variables" has 1 value but template "order_shipped" (en) expects 2 (item 0)');
			expect(await posts()).toHaveLength(1);
		});
	});
});
