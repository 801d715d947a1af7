import { meheryWorld } from './world';

describe('Mehery › Global Variable', () => {
	const world = meheryWorld();

	it('Get Many returns the variables, filtered by channel', async () => {
		const all = await world.run('globalVariable', 'getAll', { returnAll: true });
		expect(all.items.map((i) => i.json.key)).toEqual(['SUPPORT_EMAIL', 'OFFICE_HOURS', 'WA_GREETING']);

		const facebook = await world.run('globalVariable', 'getAll', { returnAll: true, filters: { channel: { mode: 'id', value: world.samples.facebookChannelId } } });
		expect(facebook.items.map((i) => i.json.key)).toEqual(['SUPPORT_EMAIL', 'OFFICE_HOURS']);
		const [request] = (await world.requests({ path: '/api/v1/config/global/vars' })).slice(-1);
		expect((request as { query?: unknown }).query).toEqual({ channelId: world.samples.facebookChannelId });
	});
});
