import { spotlerWorld } from './world';

describe('Spotler › Profile', () => {
	const w = spotlerWorld();
	const at = (extra: Record<string, unknown> = {}) => ({ channel: w.channel(), ...extra });

	it('reads, partly updates (merging) and replaces the WhatsApp Business profile', async () => {
		const read = await w.run('profile', 'get', at());
		expect(read.items[0].json).toMatchObject({ about: 'Welcome! We are here to help you 24/7', name: 'WhatsApp', businessProfile: { websites: [expect.any(String)] } });
		const address = (read.items[0].json.businessProfile as any).address;

		const patched = await w.run('profile', 'update', at({ updateFields: { email: 'support@your-company.com' } }));
		expect((await w.requests({ method: 'PATCH' }))[0].body).toEqual({ businessProfile: { email: 'support@your-company.com' } });
		expect(patched.items[0].json).toMatchObject({ businessProfile: { email: 'support@your-company.com', address } });

		const replaced = await w.run('profile', 'replace', at({ about: 'Open 9 to 5', businessProfile: { description: 'Bikes', websites: 'https://a.example, https://b.example' } }));
		expect((await w.requests({ method: 'POST' }))[0].body).toEqual({ about: 'Open 9 to 5', businessProfile: { description: 'Bikes', websites: ['https://a.example', 'https://b.example'] } });
		expect(replaced.items[0].json).toEqual({ about: 'Open 9 to 5', businessProfile: { description: 'Bikes', vertical: null, websites: ['https://a.example', 'https://b.example'] } });

		const noProfile = await w.run('profile', 'get', { channel: w.channel(w.samples.webchatChannelJid) });
		expect(noProfile.error?.httpCode).toBe('404');
	});
});
