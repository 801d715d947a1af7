import type { RunResult } from '../harness';
import { spotlerWorld } from './world';

/**
 * Every Spotler error code, produced by the mock where its condition arises and surfaced by the
 * node with Spotler's message, the code and the HTTP status (mapping in schemas/spotler/README.md).
 */
describe('Spotler › error codes 1001–1015 and key scopes', () => {
	const w = spotlerWorld();

	function expectSpotlerError(result: RunResult, code: number, status: number, message?: string) {
		expect(result.status).toBe('error');
		expect(result.error?.httpCode).toBe(String(status));
		expect(result.error?.description).toContain(`error ${code}`);
		if (message) expect(result.error?.message).toContain(message);
	}
	// Version 1's template parameters; these tests are about Spotler's answers, not the version 2 checks.
	const V1 = { typeVersion: 1 };
	const template = (contact: string, parameters: string[]) => ({
		channel: w.channel(),
		contact,
		messageType: 'template',
		template: { mode: 'id', value: w.samples.template.name },
		templateLanguage: w.samples.template.language,
		templateParameters: { parameter: parameters.map((value) => ({ value })) },
	});

	it('1001 Unauthorized: an unknown key', async () => {
		expectSpotlerError(await w.run('apiKey', 'getCurrent', {}, { engine: await w.engineWithKey('not-a-real-key') }), 1001, 401, 'Unauthorized');
	});

	it('1002 Access denied: a channel key on a company endpoint, on another channel; an assistant key on GET /keys', async () => {
		const channelKey = await w.engineWithKey('channel');
		expectSpotlerError(await w.run('label', 'getAll', { company: { mode: 'id', value: w.samples.companyId }, returnAll: true }, { engine: channelKey }), 1002, 403, 'Access denied');
		expectSpotlerError(await w.run('contact', 'get', { channel: w.channel(w.samples.webchatChannelJid), contact: w.samples.webchatContactJid }, { engine: channelKey }), 1002, 403);
		// What the channel key may do, it can.
		const own = await w.run('contact', 'get', { channel: w.channel(), contact: w.samples.contactJid }, { engine: channelKey });
		expect(own.status).toBe('success');
		const channels = await w.run('channel', 'getAll', { returnAll: true }, { engine: channelKey });
		expect(channels.items.map((i) => i.json.jid)).toEqual([w.samples.channelJid]);

		const assistantKey = await w.engineWithKey('assistant');
		expectSpotlerError(await w.run('apiKey', 'getAll', { returnAll: true }, { engine: assistantKey }), 1002, 403);
		expect((await w.run('team', 'getAll', { company: { mode: 'id', value: '' }, returnAll: true }, { engine: assistantKey })).status).toBe('success');
	});

	it('1003 Service unavailable: Spotler answers 503 until the retries run out', async () => {
		await w.mock.fault({ provider: 'spotler', path: '/keys/current', status: 503, retryAfter: 0, count: 4 });
		const result = await w.run('apiKey', 'getCurrent');
		expectSpotlerError(result, 1003, 503);
		expect(result.error?.description).toContain('after 3 retries');
		expect(await w.requests({ path: '/keys/current' })).toHaveLength(4);
	});

	it('1004 Internal server error: a 500, which is not retried', async () => {
		await w.mock.fault({ provider: 'spotler', path: '/channels', status: 500, count: 1 });
		expectSpotlerError(await w.run('channel', 'getAll', { returnAll: true }), 1004, 500);
		expect(await w.requests({ path: '/channels' })).toHaveLength(1);
	});

	it('1005 Validation error: a malformed contact JID', async () => {
		expectSpotlerError(await w.run('contact', 'get', { channel: w.channel(), contact: 'abc@whatsapp.eazy.im' }), 1005, 400, 'Jid is invalid');
	});

	it('1006 Template name does not exist', async () => {
		expectSpotlerError(await w.run('template', 'delete', { channel: w.channel(), template: { mode: 'id', value: 'never_created' } }), 1006, 400, 'Template name does not exist');
	});

	it('1007 User does not have WhatsApp (numbers ending in 0000 in the mock)', async () => {
		expectSpotlerError(await w.run('message', 'send', template('+31 6 1234 0000', ['a', 'b', 'c']), V1), 1007, 400, 'User does not have WhatsApp');
		expectSpotlerError(await w.run('contact', 'create', { channel: w.channel(), contact: '31612340000' }), 1007, 400);
	});

	it('1008 Media is invalid', async () => {
		expectSpotlerError(
			await w.run('message', 'send', { channel: w.channel(), contact: w.samples.contactJid, messageType: 'image', mediaUrl: 'https://cdn.example.com/clip.mp4' }),
			1008,
			400,
			'Media is invalid',
		);
	});

	it('1009 Not found: an unknown note', async () => {
		expectSpotlerError(await w.run('note', 'delete', { channel: w.channel(), contact: w.samples.contactJid, noteId: '00000000-0000-4000-8000-000000000000' }), 1009, 404);
	});

	it('1010 Assistant has no ownership of conversation: after handing it to an agent, the assistant key cannot change it', async () => {
		const assistantKey = await w.engineWithKey('assistant');
		const handOver = await w.run(
			'conversation',
			'update',
			{ channel: w.channel(), contact: w.samples.contactJid, handOver: 'agent', agent: { mode: 'id', value: w.samples.agentEmail } },
			{ engine: assistantKey },
		);
		expect(handOver.status).toBe('success');
		expectSpotlerError(
			await w.run('conversation', 'update', { channel: w.channel(), contact: w.samples.contactJid, status: 'CLOSED' }, { engine: assistantKey }),
			1010,
			403,
			'Assistant has no ownership of conversation',
		);
		expectSpotlerError(await w.run('comment', 'create', { channel: w.channel(), contact: w.samples.contactJid, body: 'x' }, { engine: assistantKey }), 1010, 403);
		// The company key still can.
		expect((await w.run('conversation', 'update', { channel: w.channel(), contact: w.samples.contactJid, status: 'CLOSED' })).status).toBe('success');
	});

	it('1011 Message rejected: a blacklisted contact', async () => {
		expectSpotlerError(await w.run('message', 'send', template(w.samples.blacklistedJid, ['a', 'b', 'c']), V1), 1011, 422, 'Message rejected');
	});

	it('1012 Bad gateway: the channel network is down (simulated outage)', async () => {
		await w.mock.simulate('spotler', 'channel_outage', { down: true });
		expectSpotlerError(await w.run('message', 'send', template(w.samples.contactJid, ['a', 'b', 'c']), V1), 1012, 502, 'Bad gateway');
		await w.mock.simulate('spotler', 'channel_outage', { down: false });
		expect((await w.run('message', 'send', template(w.samples.contactJid, ['a', 'b', 'c']), V1)).status).toBe('success');
	});

	it('1013 Parameter count mismatch', async () => {
		expectSpotlerError(await w.run('message', 'send', template(w.samples.contactJid, ['a', 'b']), V1), 1013, 400, 'Parameter count mismatch');
	});

	it('1014 Already exists: a second team with the same name', async () => {
		expectSpotlerError(await w.run('team', 'create', { company: { mode: 'id', value: '' }, name: 'Support team' }), 1014, 409, 'Already exists');
	});

	it('1015 Customer care window expired', async () => {
		expectSpotlerError(
			await w.run('message', 'send', { channel: w.channel(), contact: w.samples.contactJidOutsideCareWindow, messageType: 'text', text: 'hi' }),
			1015,
			422,
			'Customer care window expired',
		);
	});

	it('keeps the API key out of error messages', async () => {
		const result = await w.run('label', 'getAll', { company: { mode: 'id', value: w.samples.companyId }, returnAll: true }, { engine: await w.engineWithKey('channel') });
		expect(JSON.stringify(result.error)).not.toContain(w.otherKeys.channel);
	});
});
