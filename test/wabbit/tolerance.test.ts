import { TriggerHarness } from '../harness';
import { byId, wabbitWorld } from './world';

/**
 * Where the Wabbit document is silent or contradicts itself, the mock can play each plausible
 * answer (its variants, mock-server/providers/wabbit/variants.ts); the node must work against all.
 */
describe("Wabbit › tolerated alternatives (the node against each of the mock's variants)", () => {
	const t = wabbitWorld();

	const send = (parameters: Record<string, unknown>, options: { typeVersion?: number } = {}) => t.run('message', 'send', { chat: byId(t.samples.waId), ...parameters }, options);
	const lastMessage = async () => (await t.mock.state('wabbit')).messages.filter((m: any) => m.customer_wa_id === t.samples.waId).at(-1);
	const postMessage = async (body: unknown) => {
		const response = await fetch(`${t.mock.url}/wabbit/api/v1/messages/`, {
			method: 'POST',
			headers: { authorization: `Token ${t.credentials.tokens.admin}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: await response.json() };
	};

	describe("messageType: POST /messages/ without type (the document's first example)", () => {
		it('optional-text (default): the mock takes it as a text message', async () => {
			const answer = await postMessage({ wa_id: t.samples.waId, text: { body: 'Hello!' } });
			expect(answer.status).toBe(201);
			expect(await lastMessage()).toMatchObject({ from_us: true, waba_payload: { type: 'text', text: { body: 'Hello!' } } });
		});

		it('required: the mock refuses it with a message naming the field; the node, which always sends type, still sends', async () => {
			await t.mock.variant('wabbit', { messageType: 'required' });
			expect(await postMessage({ wa_id: t.samples.waId, text: { body: 'Hello!' } })).toEqual({ status: 400, body: { type: ['This field is required.'] } });
			const result = await send({ messageType: 'text', text: 'Hello!' });
			expect(result.status).toBe('success');
			expect(await lastMessage()).toMatchObject({ waba_payload: { type: 'text', text: { body: 'Hello!' } } });
		});
	});

	it.each(['top-level', 'in-text'])('previewUrl=%s: the link preview the node asks for is on', async (previewUrl) => {
		await t.mock.variant('wabbit', { previewUrl });
		const result = await send({ messageType: 'text', text: 'See https://example.com', previewUrl: true });
		expect(result.status).toBe('success');
		expect((await lastMessage()).waba_payload).toMatchObject({ preview_url: true, text: { body: 'See https://example.com' } });
	});

	it.each(['envelope', 'bare-array'])('chatsList=%s: Chat → Get Many puts out every chat', async (chatsList) => {
		await t.mock.variant('wabbit', { chatsList });
		const result = await t.run('chat', 'getMany', { returnAll: true });
		expect(result.status).toBe('success');
		const expected = (await t.mock.state('wabbit')).persons.map((p: { wa_id: string }) => p.wa_id).sort();
		expect(result.items.map((item) => item.json.wa_id).sort()).toEqual(expected);
	});

	it.each(['waba-response', 'empty-waba-response', 'empty'])('createMessageAnswer=%s: Send puts out one item, never a TypeError', async (createMessageAnswer) => {
		await t.mock.variant('wabbit', { createMessageAnswer });
		const result = await send({ messageType: 'text', text: 'Hello!' });
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(1);
		expect(await lastMessage()).toMatchObject({ waba_payload: { text: { body: 'Hello!' } } });
	});

	it.each(['optional', 'required'])("templateNamespace=%s: a template is sent with the picked template's namespace", async (templateNamespace) => {
		await t.mock.variant('wabbit', { templateNamespace });
		const { templates } = await t.mock.state('wabbit');
		const result = await send({ messageType: 'template', template: byId(t.samples.templateName), languageCode: 'en' }, { typeVersion: 1 });
		expect(result.status).toBe('success');
		const [request] = await t.apiRequests({ method: 'POST' });
		expect(request.body).toMatchObject({ type: 'template', template: { name: t.samples.templateName, namespace: templates[0].namespace } });
	});

	it("a namespace the user gives is sent as given (and a wrong one is the mock's to refuse, naming the right one)", async () => {
		const result = await send({ messageType: 'template', template: byId(t.samples.templateName), languageCode: 'en', templateOptions: { namespace: 'wrong_namespace' } }, { typeVersion: 1 });
		expect(result.status).toBe('error');
		expect(`${result.error?.message} ${result.error?.description ?? ''}`).toMatch(/namespace/);
		expect(result.error?.message).not.toMatch(/TypeError/);
	});

	describe('webhookPayload: what a WABA Webhook delivery holds', () => {
		it.each(['both', 'raw-waba'])("%s: an inbound message comes out of the trigger once, as the customer's message", async (answer) => {
			await t.mock.variant('wabbit', { webhookPayload: answer });
			const harness = new TriggerHarness(t.engine);
			await harness.start();
			try {
				const active = await harness.activate({ type: 'wabbitTrigger', parameters: { events: ['incoming_messages'], simplify: true } });
				await t.mock.simulate('wabbit', 'message', { wa_id: t.samples.waId, text: 'Where is my parcel?' });
				const [run] = await active.waitForRuns(1);
				const items = run.outputOf('Wabbit Trigger').map((i) => i.json as Record<string, any>);
				expect(items.map((i) => [i.direction, i.text, i.conversationId])).toEqual([['inbound', 'Where is my parcel?', t.samples.waId]]);
				await active.deactivate();
			} finally {
				await harness.stop();
			}
		});
	});
});
