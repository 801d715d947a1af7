import { meheryWorld } from './world';

describe('Mehery › Webhook', () => {
	const world = meheryWorld();

	it('Set URL stores the URL for notifications; a plain-http public URL is refused', async () => {
		const result = await world.run('webhook', 'setUrl', { url: 'https://hooks.example.com/mehery' });
		expect(result.status).toBe('success');
		expect(result.items[0].json).toMatchObject({ webhook: 'https://hooks.example.com/mehery', appHook: 'https://hooks.example.com/mehery' });
		expect((await world.state()).account.webhookUrl).toBe('https://hooks.example.com/mehery');

		const refused = await world.run('webhook', 'setUrl', { url: 'http://hooks.example.com/mehery' });
		expect(refused.status).toBe('error');
		expect(refused.error?.httpCode).toBe('400');
		expect(refused.error?.message).toBe('url must be an HTTPS URL');
		expect((await world.state()).account.webhookUrl).toBe('https://hooks.example.com/mehery');
	});
});
