import { meheryWorld } from './world';

describe('Mehery › Event', () => {
	const world = meheryWorld();

	it('Push uploads a customer event', async () => {
		const result = await world.run('event', 'push', { eventName: 'CUSTOMER_CREATED', eventId: '1234567', links: { link: [{ linkName: 'customer', linkType: 'CUSTOMER', linkValue: 'C34567' }] } });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ eventName: 'CUSTOMER_CREATED', id: '1234567' });
		expect((await world.state()).pushedEvents).toEqual([{ eventName: 'CUSTOMER_CREATED', id: '1234567', links: [{ linkName: 'customer', linkType: 'CUSTOMER', linkValue: 'C34567' }] }]);
	});
});
