import { meheryWorld } from './world';

describe('Mehery › Channel', () => {
	const world = meheryWorld();

	it('Get Many lists live channels, sandbox ones on request, and honours Limit', async () => {
		const { samples } = world;
		const live = await world.run('channel', 'getAll', { returnAll: true });
		expect(live.status).toBe('success');
		const ids = live.items.map((i) => i.json.channelId);
		expect(ids).toContain(samples.channelId);
		expect(ids).not.toContain(samples.sandboxChannelId);
		expect(live.items[0].json).toMatchObject({ channelId: samples.channelId, contactType: 'WHATSAPP', name: 'Customer Support' });

		const withSandbox = await world.run('channel', 'getAll', { returnAll: true, includeSandbox: true });
		expect(withSandbox.items.map((i) => i.json.channelId)).toContain(samples.sandboxChannelId);
		const [request] = (await world.requests({ path: '/api/v1/config/channels' })).slice(-1);
		expect((request as { query?: unknown }).query).toMatchObject({ sabdnox: 'true', sandbox: 'true' });

		const limited = await world.run('channel', 'getAll', { returnAll: false, limit: 2 });
		expect(limited.items).toHaveLength(2);
	});
});
