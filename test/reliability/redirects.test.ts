import { spotlerWorld } from '../spotler/world';
import { byId, social25, social25World } from '../social25/world';

/**
 * No provider document mentions a redirect, so the package treats one as a wrong address: a
 * request that sends or changes something is not sent on (a POST redirected with 301, 302 or 303
 * would arrive as a GET without its body), and the item fails naming where the provider pointed.
 * Reads still follow. Checked on each way a request leaves the package: the fast send path,
 * declarative routing and the shared transport (nodes/shared/request-pipeline.ts `unredirected`).
 */
describe('redirects', () => {
	describe('Spotler', () => {
		const w = spotlerWorld();
		const elsewhere = () => `${w.credential.baseUrl}/channels`;

		it.each([301, 302, 303, 307, 308])('Message › Send (fast path) answered %i: the item fails with the new address, and nothing else is requested', async (status) => {
			await w.mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/messages/**', status, location: elsewhere(), count: 1 });
			const items = [{ json: { text: 'redirected' } }, { json: { text: 'sent' } }];
			const result = await w.run(
				'message',
				'send',
				{ channel: w.channel(), contact: w.samples.contactJid, messageType: 'text', text: '={{ $json.text }}', requestOptions: { concurrency: 1 } },
				{ continueOnFail: true, items },
			);
			expect(result.status).toBe('success');
			expect(String(result.items[0].json.error)).toBe(`Spotler answered HTTP ${status}, a redirect to ${elsewhere()}: the request was not sent on`);
			expect(result.items[1].json.error).toBeUndefined();
			const log = await w.requests();
			expect(log.map((r) => [r.method, r.status])).toEqual([
				['POST', status],
				['POST', 201],
			]);
		});

		it('a declarative POST (Blacklist › Add) answered 301 fails with the new address; a declarative GET (Company › Get Many) follows its 302 (to the channel list here)', async () => {
			await w.mock.fault({ provider: 'spotler', method: 'POST', path: '/channels/*/contacts/blacklist/*', status: 301, location: elsewhere() });
			const added = await w.run('blacklist', 'add', { channel: w.channel(), contact: w.samples.contactJid }, { continueOnFail: true });
			expect(String(added.items[0].json.error)).toBe(`Spotler answered HTTP 301, a redirect to ${elsewhere()}: the request was not sent on`);
			expect((await w.requests()).map((r) => r.method)).toEqual(['POST']);

			await w.mock.fault({ provider: 'spotler', method: 'GET', path: '/companies', status: 302, location: elsewhere(), count: 1 });
			await w.mock.json('DELETE', '/__control/requests');
			const companiesAsChannels = await w.run('company', 'getAll', { returnAll: true });
			expect(companiesAsChannels.status).toBe('success');
			expect(companiesAsChannels.items.map((i) => i.json.jid)).toEqual((await w.state()).channels.map((c: { jid: string }) => c.jid));
			expect((await w.requests()).map((r) => [r.method, r.path, r.status])).toEqual([
				['GET', '/companies', 302],
				['GET', '/channels', 200],
			]);
		});
	});

	describe('Social25', () => {
		const s = social25World();

		it('Message › Send in Bulk (the shared transport) answered 308: the batch fails, and nothing is requested again', async () => {
			const [conversation] = (await s.mock.state('social25')).conversations.filter((c: any) => c.state === 'OPEN').map((c: any) => c.id);
			await s.mock.fault({ provider: 'social25', method: 'POST', path: '/tenants/*/conversations/messages/bulk/', status: 308, location: 'https://api.example.test/v2/bulk/' });
			const result = await s.engine.runNode(social25('message', 'sendBulk', { conversationId: byId(conversation), bulkMessageType: 'text', text: 'Hello' }, true), [{ json: {} }, { json: {} }]);
			expect(result.items).toHaveLength(2);
			for (const item of result.items) expect(String(item.json.error)).toBe('Social25 answered HTTP 308, a redirect to https://api.example.test/v2/bulk/: the request was not sent on');
			expect((await s.requests({ method: 'POST' })).map((r) => r.status)).toEqual([308]);
		});
	});
});
