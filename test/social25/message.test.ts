import { byId, social25, social25World } from './world';

describe('Social25 › Message (through the n8n engine, against the mock)', () => {
	const s = social25World();

	const conversationOf = async (id: string) => (await s.mock.state('social25')).conversations.find((c: any) => c.id === id);
	const posts = () => s.requests({ method: 'POST' });

	it("Send Text posts {type: text} and the message becomes the conversation's last message", async () => {
		const result = await s.engine.runNode(social25('message', 'sendText', { conversationId: byId(s.samples.whatsappConversationId), text: 'Your order has shipped' }));
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ type: 'TEXT', status: 'SENT', outbound: true, text: 'Your order has shipped' });
		const [post] = await posts();
		expect(post.path).toBe(`/tenants/${s.samples.tenantId}/conversations/${s.samples.whatsappConversationId}/messages/`);
		expect(post.body).toEqual({ type: 'text', text: 'Your order has shipped' });
		expect(post.status).toBe(201);
		const conversation = await conversationOf(s.samples.whatsappConversationId);
		expect(conversation.last_message).toMatchObject({ id: result.items[0].json.id, text: 'Your order has shipped' });
	});

	it('Send Text fails an empty text per item without sending, and reports Social25 refusing an expired conversation', async () => {
		const result = await s.engine.runNode(social25('message', 'sendText', { conversationId: byId('={{ $json.id }}'), text: '={{ $json.text }}' }, true), [
			{ json: { id: s.samples.whatsappConversationId, text: '' } },
			{ json: { id: s.samples.expiredConversationId, text: 'hello?' } },
			{ json: { id: s.samples.whatsappConversationId, text: 'third' } },
		]);
		expect(result.status).toBe('success');
		expect(String(result.items[0].json.error)).toContain('"Text" is empty (item 0)');
		expect(String(result.items[1].json.error)).toContain('This conversation has expired');
		expect(result.items[2].json.text).toBe('third');
		expect((await posts()).map((r) => r.status)).toEqual([400, 201]);
	});

	it("Get Many lists a conversation's messages, with Return All over several pages", async () => {
		for (let i = 0; i < 6; i++) {
			await s.engine.runNode(social25('message', 'sendText', { conversationId: byId(s.samples.whatsappConversationId), text: `message ${i}` }));
		}
		const all = await s.engine.runNode(social25('message', 'getAll', { conversationId: byId(s.samples.whatsappConversationId), returnAll: true }));
		expect(all.items).toHaveLength(7);
		expect(all.items.at(-1)!.json.text).toBe('message 5');
		const limited = await s.engine.runNode(social25('message', 'getAll', { conversationId: byId(s.samples.whatsappConversationId), returnAll: false, limit: 2 }));
		expect(limited.items).toHaveLength(2);
	});

	it('Send Facebook Template builds the generic template from the card fields', async () => {
		const result = await s.engine.runNode(
			social25('message', 'sendFacebookTemplate', {
				conversationId: byId(s.samples.facebookConversationId),
				elements: {
					element: [
						{
							title: 'Order Confirmation',
							subtitle: 'Click here to see your complete order',
							imageUrl: 'https://example.com/image.jpg',
							defaultActionUrl: 'https://example.com/product.html',
							buttons: {
								button: [
									{ title: '👍', payload: 'CONFIRM' },
									{ title: '👎', payload: 'DECLINE' },
								],
							},
						},
					],
				},
			}),
		);
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ type: 'TEMPLATE', text: 'Order Confirmation' });
		const [post] = await posts();
		expect(post.body).toEqual({
			type: 'template',
			attachment: {
				type: 'template',
				payload: {
					template_type: 'generic',
					elements: [
						{
							title: 'Order Confirmation',
							subtitle: 'Click here to see your complete order',
							image_url: 'https://example.com/image.jpg',
							default_action: { type: 'web_url', url: 'https://example.com/product.html', webview_height_ratio: 'tall' },
							buttons: [
								{ type: 'postback', title: '👍', payload: 'CONFIRM' },
								{ type: 'postback', title: '👎', payload: 'DECLINE' },
							],
						},
					],
				},
			},
		});
	});

	it('Send WhatsApp Template sends a MEDIA_HSM with body parameters and a media header', async () => {
		// Version 1's free-text language and Body Parameters (version 2 is in templates.test.ts).
		const result = await s.engine.runNode({
			...social25('message', 'sendWhatsAppTemplate', {
				conversationId: byId(s.samples.whatsappConversationId),
				language: 'en',
				template: { __rl: true, mode: 'name', value: 'order_shipped' },
				bodyParameters: { parameter: [{ text: 'Ada' }, { text: 'A-123' }] },
				additionalFields: { headerMediaType: 'document', headerMediaUrl: 'https://example.com/invoice.pdf', namespace: 'ns-1' },
			}),
			typeVersion: 1,
		});
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ type: 'MEDIA_HSM', text: 'Hi Ada, your order A-123 has shipped.' });
		const [post] = await posts();
		expect(post.body).toMatchObject({
			type: 'MEDIA_HSM',
			name: 'order_shipped',
			locale: 'en',
			namespace: 'ns-1',
			components: [
				{ type: 'header', parameters: [{ type: 'document', document: { link: 'https://example.com/invoice.pdf' } }] },
				{
					type: 'body',
					parameters: [
						{ type: 'text', text: 'Ada' },
						{ type: 'text', text: 'A-123' },
					],
				},
			],
		});
		expect(post.body.temp_id).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('Send WhatsApp Template reports a template that is not approved for the language', async () => {
		// Version 1 leaves the refusal to Social25; version 2 refuses before sending (templates.test.ts).
		const result = await s.engine.runNode({
			...social25('message', 'sendWhatsAppTemplate', { conversationId: byId(s.samples.whatsappConversationId), language: 'nl', template: { __rl: true, mode: 'name', value: 'order_shipped' } }),
			typeVersion: 1,
		});
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toBe('WhatsApp template "order_shipped" is not approved for language "nl".');
	});
});
