import { spotlerWorld } from './world';

describe('Spotler › Webhook', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('creates with headers, lists, updates and deletes a webhook', async () => {
		const created = await w.run(
			'webhook',
			'create',
			at({
				url: 'https://your.company.com/webhook',
				events: ['message', 'receipt'],
				additionalFields: { enabled: true, headers: { header: [{ name: 'Authorization', value: 'Bearer SomeApiKey' }] } },
			}),
		);
		const id = created.items[0].json.id as string;
		expect(created.items[0].json).toMatchObject({ url: 'https://your.company.com/webhook', events: ['message', 'receipt'], headers: { Authorization: 'Bearer SomeApiKey' }, enabled: true });
		const all = await w.run('webhook', 'getAll', at({ returnAll: true }));
		expect(all.items.map((i) => i.json.id)).toEqual([id]);
		const updated = await w.run('webhook', 'update', at({ webhookId: id, updateFields: { url: 'https://your.company.com/new-webhook', events: ['echo'] } }));
		expect(updated.items[0].json).toMatchObject({ id, url: 'https://your.company.com/new-webhook', events: ['echo'], updatedAt: expect.any(String) });
		const deleted = await w.run('webhook', 'delete', at({ webhookId: id }));
		expect(deleted.items[0].json).toEqual({ success: true });
		expect((await w.state()).webhooks[w.samples.channelJid]).toEqual([]);
	});
});
