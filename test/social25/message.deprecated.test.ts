import { eventually } from '../harness';
import { social25, social25World } from './world';

describe('Social25 › Message › the deprecated phone-number template sends', () => {
	const s = social25World();

	it('Send Template HSM by Phone (Deprecated) posts to send_bulk_hsm and the message lands in a conversation', async () => {
		const result = await s.engine.runNode(
			social25('message', 'sendBulkHsm', {
				from: s.samples.whatsappPlatformExternalId,
				to: '0611122233',
				language: 'en',
				templateName: 'order_shipped',
				bodyParameters: { parameter: [{ text: 'Ada' }, { text: 'Z-9' }] },
				processSync: true,
				additionalFields: { firstName: 'Ada' },
			}),
		);
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ status: 'success', processed: 1 });
		const [request] = await s.requests({ method: 'POST' });
		expect(request.path).toBe(`/tenants/${s.samples.tenantId}/send_bulk_hsm/`);
		expect(request.body.messages[0]).toEqual({
			type: 'hsm',
			to: { phone_number: '0611122233', first_name: 'Ada' },
			from: s.samples.whatsappPlatformExternalId,
			locale: 'en',
			name: 'order_shipped',
			parameters: ['Ada', 'Z-9'],
		});
		const conversation = (await s.mock.state('social25')).conversations.find((c: any) => c.user.phone_number === '31611122233');
		expect(conversation.last_message.text).toBe('Hi Ada, your order Z-9 has shipped.');
	});

	it('Send Media Template HSM (Deprecated) posts to media_template_hsm with a header image, asynchronously', async () => {
		const result = await s.engine.runNode(
			social25('message', 'sendMediaTemplateHsm', {
				from: s.samples.whatsappPlatformExternalId,
				to: '+31611122244',
				language: 'en',
				templateName: 'agent_pickup',
				bodyParameters: { parameter: [{ text: 'Bob' }] },
				processSync: false,
				headerMediaType: 'image',
				headerMediaUrl: 'https://example.com/banner.png',
			}),
		);
		expect(result.items[0].json).toEqual({ status: 'success', messageId: null, recipient: '+31611122244', conversationId: null });
		const [request] = await s.requests({ method: 'POST' });
		expect(request.path).toBe(`/tenants/${s.samples.tenantId}/media_template_hsm/`);
		expect(request.body.messages[0].components).toEqual([
			{ type: 'header', parameters: [{ type: 'image', image: { link: 'https://example.com/banner.png' } }] },
			{ type: 'body', parameters: [{ type: 'text', text: 'Bob' }] },
		]);
		const text = await eventually(async () => (await s.mock.state('social25')).conversations.find((c: any) => c.user.phone_number === '31611122244')?.last_message?.text);
		expect(text).toBe('Hello Bob, an agent will pick up your case shortly.');
	});

	it('marks the deprecated operations in their names and descriptions, pointing to the replacements', async () => {
		const description = s.engine.nodeType('social25').description;
		const operations = description.properties.filter((p) => p.name === 'operation').flatMap((p) => (p.options ?? []) as any[]);
		const deprecated = operations.filter((o) => /deprecated/i.test(o.name));
		expect(deprecated.map((o) => o.value).sort()).toEqual(['initiateV1', 'sendBulkHsm', 'sendMediaTemplateHsm']);
		for (const o of deprecated) expect(o.description).toMatch(/^DEPRECATED by Social25 .*use .+ instead/i);
		expect(description.usableAsTool).toBe(true);
	});
});
