import { meheryWorld } from './world';

describe('Mehery › Template', () => {
	const world = meheryWorld();

	it('Get Many lists HSM templates, by channel and approval status', async () => {
		const { samples } = world;
		const all = await world.run('template', 'getAll', { returnAll: true });
		expect(all.items.map((i) => i.json.code)).toEqual(['ORDER_SHIPPED', 'FEEDBACK', 'PAYMENT_REMINDER', 'WELCOME', 'WELCOME']);

		const approved = await world.run('template', 'getAll', { returnAll: true, filters: { channel: { mode: 'id', value: samples.channelId }, channelStatus: 'APPROVED' } });
		expect(approved.items.map((i) => i.json.code)).toEqual(['ORDER_SHIPPED', 'FEEDBACK', 'WELCOME']);
		expect(approved.items[0].json).toMatchObject({
			id: samples.templateId,
			lang: 'en_US',
			approved: expect.arrayContaining([expect.objectContaining({ channelId: samples.channelId, status: 'APPROVED' })]),
		});

		const pending = await world.run('template', 'getAll', { returnAll: true, filters: { channel: { mode: 'id', value: samples.sandboxChannelId }, channelStatus: 'PENDING' } });
		expect(pending.items.map((i) => i.json.code)).toEqual(['FEEDBACK']);
	});
});
