/**
 * Where Mehery's document is silent, the mock can play each plausible answer (its `variants`);
 * the node must work against every one of them, not only against the answer we guessed. And where
 * the document prints an example, what the node sends must be able to follow it.
 * (schemas/mehery/README.md, "Tolerated alternatives")
 */
import { meheryWorld } from './world';

describe('Mehery › tolerated alternatives (each variant of the mock, through the engine)', () => {
	const world = meheryWorld();

	const run = (parameters: Record<string, unknown>) => world.engine.runNode({ type: 'mehery', parameters: parameters as never });
	const send = (parameters: Record<string, unknown>) => run(world.messageToContact(parameters as never));
	const lastBody = async (path: string) => (await world.requests({ method: 'POST', path })).at(-1)!.body;

	describe.each(['both', 'results', 'data'])('payload "%s" (which ApiResponse member carries the answer)', (payload) => {
		beforeEach(() => world.mock.variant('mehery', { payload }));

		it('lists come out whole: global variables and templates, one item each', async () => {
			const state = await world.state();
			const vars = await run({ resource: 'globalVariable', operation: 'getAll', returnAll: true });
			expect(vars.status).toBe('success');
			expect(vars.items.map((i) => i.json.key)).toEqual(state.globalVars.map((v: any) => v.key));
			const templates = await run({ resource: 'template', operation: 'getAll', returnAll: true });
			expect(templates.items.map((i) => i.json.code)).toEqual(state.templates.map((t: any) => t.code));
		});

		it('single answers come out as one item: the send receipt, the webhook app, the stored object', async () => {
			const sent = await send({ messageType: 'text', text: 'hello' });
			expect(sent.status).toBe('success');
			expect(sent.items).toHaveLength(1);
			expect((await world.state()).sentMessages.map((m: any) => m.id)).toEqual([sent.items[0].json.id]);

			const app = await run({ resource: 'webhook', operation: 'setUrl', url: 'https://www.example.com/webhook' });
			expect(app.items.map((i) => i.json.webhook)).toEqual(['https://www.example.com/webhook']);

			const stored = await run({ resource: 'data', operation: 'push', objectType: 'CUSTOMER', objectId: 'C1', data: '{"tier":"gold"}' });
			expect(stored.items.map((i) => [i.json.type, i.json.id])).toEqual([['CUSTOMER', 'C1']]);
		});
	});

	describe.each([
		['wrapper', /Session \S+ not found/],
		['empty', /404/],
		['text', /Session \S+ not found/],
	])('errorBody "%s" (what an error answer holds)', (errorBody, expected) => {
		it("an unknown session comes out as the node's error with a message that says what went wrong, never a crash", async () => {
			await world.mock.variant('mehery', { errorBody });
			const result = await run({ resource: 'session', operation: 'close', sessionId: '000000000000000000000000' });
			expect(result.status).toBe('error');
			const text = `${result.error?.message} ${result.error?.description ?? ''}`;
			expect(text).toMatch(expected);
			expect(text).not.toMatch(/TypeError|undefined|\[object Object\]/);
		});
	});

	describe.each([
		['either', ['EN', 'en_US']],
		['locale', ['en_US']],
		['code', ['EN']],
	])('language "%s" (which code form contact/prefs/lang takes)', (language, accepted) => {
		it('the node offers a code the mock takes, and sends it as picked', async () => {
			await world.mock.variant('mehery', { language });
			const offered = (world.engine.nodeType('mehery').description.properties.find((p) => p.name === 'lang')!.options as Array<{ value: string }>).map((o) => o.value);
			for (const lang of accepted) {
				expect(offered).toContain(lang);
				const result = await run({ resource: 'contact', operation: 'setLanguage', contactId: world.samples.facebookContactId, lang });
				expect(result.status).toBe('success');
				expect(result.items[0].json).toMatchObject({ eventCode: 'CONTACT_LANG_UPDATED', contactId: world.samples.facebookContactId });
				expect(await lastBody('/api/v1/contact/prefs/lang')).toEqual({ contactId: world.samples.facebookContactId, lang });
			}
		});
	});
});

describe("Mehery › what the node sends can follow the document's Send Message example", () => {
	const world = meheryWorld();

	// Template sends are version 1's, which passes the doc's members through unchecked.
	const send = (parameters: Record<string, unknown>) => world.engine.runNode({ type: 'mehery', typeVersion: 1, parameters: world.messageToContact(parameters as never) });
	const lastBody = async () => (await world.requests({ method: 'POST', path: '/api/v1/message/send' })).at(-1)!.body;

	it('a template carries linked (the one member the doc marks required) when set', async () => {
		const result = await send({ messageType: 'template', template: { mode: 'code', value: 'FEEDBACK' }, templateLanguage: 'en_US', templateLinked: 'string' });
		expect(result.status).toBe('success');
		expect((await lastBody()).template).toEqual({ code: 'FEEDBACK', data: {}, lang: 'en_US', linked: 'string' });
	});

	it("the doc's template id (60d236c6142e53561cb7716c) names a seeded, approved template", async () => {
		const result = await send({ messageType: 'template', template: { mode: 'id', value: '60d236c6142e53561cb7716c' } });
		expect(result.status).toBe('success');
	});

	it("audio carries caption and filename, as the doc's OutBoundMsgMedia example", async () => {
		const result = await send({ messageType: 'audio', mediaUrl: 'https://example.com/a.mp3', caption: 'your-video-caption', filename: 'a.mp3' });
		expect(result.status).toBe('success');
		expect((await lastBody()).audio).toEqual({ link: 'https://example.com/a.mp3', caption: 'your-video-caption', filename: 'a.mp3' });
	});

	it("a contact card carries ims, as the doc's CommonMsgContactCard example", async () => {
		const card = { formattedName: 'John Smith', imService: 'FACEBOOK', imUserId: 'https://www.facebook.com' };
		const result = await send({ messageType: 'contacts', contactCards: { card: [card] } });
		expect(result.status).toBe('success');
		expect((await lastBody()).contacts).toEqual([{ name: { formatted_name: 'John Smith' }, ims: [{ service: 'FACEBOOK', userid: 'https://www.facebook.com' }] }]);
	});

	it("a text message with the doc's unrelated template member is sent (only a template message names a template)", async () => {
		const response = await fetch(`${world.mock.url}/mehery/api/v1/message/send`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...world.mock.server.provider('mehery').authHeaders!() },
			body: JSON.stringify({
				channelId: world.samples.channelId,
				to: { contactId: world.samples.contactId },
				type: 'text',
				mask: false,
				text: { body: 'hi' },
				template: { id: 'no-such-template', linked: 'string' },
			}),
		});
		expect(response.status).toBe(200);
	});
});
