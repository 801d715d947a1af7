import { wabbitWorld } from './world';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('Wabbit › Business Profile (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	const withFile = (data: Buffer, fileName: string, mimeType: string) => [{ json: {}, binary: { data: { data: data.toString('base64'), fileName, mimeType } } }];

	it('Business Profile › Get and Update', async () => {
		const got = await t.run('businessProfile', 'get');
		expect(got.items[0].json).toMatchObject({ vertical: 'Shopping and Retail', websites: ['https://shop.example.com'] });
		const updated = await t.run('businessProfile', 'update', {
			updateFields: { description: 'Bikes and repairs', vertical: 'Automotive', websites: 'https://bikes.example.com, https://example.com' },
		});
		expect(updated.items[0].json).toMatchObject({ description: 'Bikes and repairs', vertical: 'Automotive', websites: ['https://bikes.example.com', 'https://example.com'] });
		expect((await t.mock.state('wabbit')).businessProfile.vertical).toBe('Automotive');
		expect((await t.apiRequests({ method: 'PATCH' }))[0].body).toEqual({ description: 'Bikes and repairs', vertical: 'Automotive', websites: ['https://bikes.example.com', 'https://example.com'] });
	});

	it('Business Profile › Update About and Update Photo (admins only)', async () => {
		const about = await t.run('businessProfile', 'updateAbout', { aboutText: 'Open 8-20, 7 days a week' });
		expect(about.items[0].json).toEqual({ text: 'Open 8-20, 7 days a week' });
		const photo = await t.run('businessProfile', 'updatePhoto', { binaryPropertyName: 'data' }, { items: withFile(PNG, 'logo.png', 'image/png') });
		expect(photo.items[0].json).toEqual({ success: true });
		const state = await t.mock.state('wabbit');
		expect(state.about).toBe('Open 8-20, 7 days a week');
		expect(state.photo).toEqual({ mimeType: 'image/png', filename: 'logo.png', size: PNG.length });

		const anna = await t.engineWithToken(t.credentials.tokens.user);
		const denied = await t.run('businessProfile', 'updateAbout', { aboutText: 'hacked' }, { engine: anna });
		expect(denied.error?.httpCode).toBe('403');
		expect(denied.error?.message).toBe('You do not have permission to perform this action.');
	});
});
