import { Engine } from '../harness';
import { spotlerWorld } from './world';

describe('Spotler › Message › Send (through the n8n engine, against the mock)', () => {
	const w = spotlerWorld();

	const send = (parameters: Record<string, unknown>) => ({
		type: 'spotler',
		parameters: { resource: 'message', operation: 'send', messageType: 'text', ...parameters },
	});

	it('sends a text and the message shows up in the conversation', async () => {
		const result = await w.engine.runNode(send({ channel: { mode: 'id', value: w.samples.channelJid }, contact: w.samples.contactJid, text: 'Your order has shipped' }));
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(1);
		const id = result.items[0].json.id as string;
		expect(id).toMatch(/^[0-9a-f]{40}$/);

		const [request] = await w.mock.requests({ provider: 'spotler', method: 'POST' });
		expect(request.path).toBe(`/channels/${encodeURIComponent(w.samples.channelJid)}/messages/${encodeURIComponent(w.samples.contactJid)}`);
		expect(request.headers.authorization).toBe('[redacted]');
		expect(request.body).toEqual({ message: { type: 'text', body: 'Your order has shipped' } });

		const state = await w.mock.state('spotler');
		const conversation = state.conversations.find((c: any) => c.contactJid === w.samples.contactJid);
		expect(conversation.messages.at(-1)).toMatchObject({ id, direction: 'outbound', message: { type: 'text', body: 'Your order has shipped' } });
		expect(conversation.messagesSent).toBe(1);
	});

	it('builds JIDs from phone numbers typed by the user, per item, from expressions', async () => {
		const phone = w.samples.contactJid.split('@')[0];
		const channelPhone = w.samples.channelJid.split('@')[0];
		const result = await w.engine.runNode(send({ channel: { mode: 'phone', value: `+${channelPhone}` }, contact: '={{ $json.phone }}', text: '=Hi {{ $json.name }}' }), [
			{ json: { phone: `+${phone.slice(0, 2)} ${phone.slice(2, 3)} ${phone.slice(3)}`, name: 'Ada' } },
		]);
		expect(result.status).toBe('success');
		const state = await w.mock.state('spotler');
		const conversation = state.conversations.find((c: any) => c.contactJid === w.samples.contactJid);
		expect(conversation.messages.at(-1).message).toEqual({ type: 'text', body: 'Hi Ada' });
	});

	it("turns a bad API key into a 401 error carrying Spotler's message", async () => {
		const bad = await Engine.create({ credentials: { spotlerApi: { ...w.credential, apiKey: 'not-a-key' } } });
		const result = await bad.runNode(send({ channel: { mode: 'id', value: w.samples.channelJid }, contact: w.samples.contactJid, text: 'x' }));
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.message).toMatch(/^Unauthorized \(traceId [0-9a-f]+\)$/);
		expect(result.error?.description).toContain('error 1001');
		const [request] = await w.mock.requests({ provider: 'spotler' });
		expect(request.status).toBe(401);
	});

	it('reports Spotler validation errors (1005) with the field, status and item index', async () => {
		const result = await w.engine.runNode(send({ channel: { mode: 'id', value: w.samples.channelJid }, contact: 'not-a-jid@whatsapp.eazy.im', text: 'hello' }));
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.message).toMatch(/^Jid is invalid \(traceId [0-9a-f]+\)$/);
		expect(result.error?.description).toContain('error 1005');
		expect(result.error?.context?.itemIndex).toBe(0);
	});

	it('fails a bad parameter before any request, naming the field and the item', async () => {
		const result = await w.engine.runNode(send({ channel: { mode: 'id', value: w.samples.channelJid }, contact: '={{ $json.phone }}', text: 'hello' }), [
			{ json: { phone: w.samples.contactJid } },
			{ json: { phone: '12ab' } },
		]);
		expect(result.status).toBe('error');
		expect(result.error?.message).toContain('"Contact"');
		expect(result.error?.message).toContain('(item 1)');
		// Item 0 was fine, but n8n stops the node at the first failure without Continue On Fail;
		// the bad item itself never reached the provider.
		const posts = await w.mock.requests({ provider: 'spotler', method: 'POST' });
		expect(posts.every((r) => !r.path.includes('12ab'))).toBe(true);
	});

	it('with Continue On Fail, bad items come out as error items and the good ones are sent', async () => {
		const result = await w.engine.runNode(
			{
				...send({ channel: { mode: 'id', value: w.samples.channelJid }, contact: '={{ $json.to }}', text: '={{ $json.text }}' }),
				continueOnFail: true,
			},
			[
				{ json: { to: w.samples.contactJid, text: 'first' } },
				{ json: { to: w.samples.contactJid, text: '' } },
				{ json: { to: w.samples.contactJidOutsideCareWindow, text: 'too late' } },
				{ json: { to: w.samples.contactJid, text: 'fourth' } },
			],
		);
		expect(result.status).toBe('success');
		expect(result.items).toHaveLength(4);
		expect(result.items[0].json.id).toMatch(/^[0-9a-f]{40}$/);
		expect(String(result.items[1].json.error)).toContain('"Text" is empty (item 1)');
		expect(String(result.items[2].json.error)).toContain('Customer care window expired');
		expect(result.items[3].json.id).toMatch(/^[0-9a-f]{40}$/);
		const accepted = (await w.mock.requests({ provider: 'spotler', method: 'POST' })).filter((r) => r.status === 201);
		expect(accepted.map((r) => r.body.message.body).sort()).toEqual(['first', 'fourth']);
	});
});
