import { spotlerWorld } from './world';

describe('Spotler › Comment', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('comments on a conversation', async () => {
		const result = await w.run('comment', 'create', at({ contact: w.samples.contactJid, body: 'Order #51616 has been delivered' }));
		expect(result.items[0].json.id).toMatch(/^[0-9a-f]{40}$/);
		const conversation = (await w.state()).conversations.find((c: any) => c.contactJid === w.samples.contactJid);
		expect(conversation.comments).toEqual([expect.objectContaining({ id: result.items[0].json.id, body: 'Order #51616 has been delivered' })]);
	});
});
