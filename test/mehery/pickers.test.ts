import type { INodeListSearchResult } from 'n8n-workflow';

import { meheryWorld } from './world';

describe('Mehery pickers', () => {
	const world = meheryWorld();

	it('the channel picker lists live and sandbox channels, searchable', async () => {
		const all = (await world.picker('listSearch', 'getChannels', { resource: 'message', operation: 'send' })) as INodeListSearchResult;
		expect(all.results).toEqual(
			expect.arrayContaining([
				{ name: `Customer Support (WHATSAPP)`, value: world.samples.channelId },
				{ name: `WhatsApp Sandbox (WHATSAPP, sandbox)`, value: world.samples.sandboxChannelId },
			]),
		);
		const found = (await world.picker('listSearch', 'getChannels', { resource: 'message', operation: 'send' }, 'facebook')) as INodeListSearchResult;
		expect(found.results).toEqual([{ name: 'Facebook Page (FACEBOOK)', value: world.samples.facebookChannelId }]);
	});

	it('the template picker offers the templates approved for the picked channel', async () => {
		const parameters = { resource: 'message', operation: 'send', messageType: 'template', channel: { __rl: true, mode: 'id', value: world.samples.sandboxChannelId } };
		const result = (await world.picker('listSearch', 'getTemplates', parameters)) as INodeListSearchResult;
		expect(result.results.map((r) => r.name)).toEqual(['Order shipped (ORDER_SHIPPED, en_US)', 'Payment reminder (PAYMENT_REMINDER, en_US)']);
		const [request] = (await world.requests({ path: '/api/v1/config/tmpl/hsm' })).slice(-1);
		expect((request as { query?: unknown }).query).toEqual({ channelId: world.samples.sandboxChannelId, channelStatus: 'APPROVED' });
	});
});
