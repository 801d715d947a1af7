import { apiRequests, byId, engineWithToken, node, setup, type WabbitSetup } from './helpers';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('Wabbit › Media and Business Profile (through the n8n engine, against the mock)', () => {
	let t: WabbitSetup;

	beforeAll(async () => {
		t = await setup();
	});
	afterAll(() => t.mock.close());
	beforeEach(() => t.mock.server.reset());

	const withFile = (data: Buffer, fileName: string, mimeType: string) => [
		{ json: {}, binary: { data: { data: data.toString('base64'), fileName, mimeType } } },
	];

	it('Upload from binary data, send it as an image, and Download it back byte for byte', async () => {
		const bytes = Buffer.concat([PNG, Buffer.from(Array.from({ length: 3000 }, (_v, i) => i % 256))]);
		const uploaded = await t.engine.runNode(node('media', 'upload', { binaryPropertyName: 'data' }), withFile(bytes, 'pixel.png', 'image/png'));
		expect(uploaded.status).toBe('success');
		const { id, file } = uploaded.items[0].json as { id: string; file: string };
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		expect(file).toBe(`${t.creds.credential.baseUrl}/api/v1/media/${id}/`);
		const [upload] = await apiRequests(t.mock, { method: 'POST' });
		expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect((await t.mock.state('wabbit')).media).toEqual([{ id, mimeType: 'image/png', filename: 'pixel.png', size: bytes.length }]);

		const sent = await t.engine.runNode(node('message', 'send', { chat: byId(t.creds.samples.waId), messageType: 'image', mediaSource: 'id', mediaId: id }));
		expect(sent.status).toBe('success');

		const downloaded = await t.engine.runNode(node('media', 'download', { mediaId: file, binaryPropertyName: 'photo' }));
		expect(downloaded.status).toBe('success');
		const item = downloaded.items[0];
		expect(item.json).toMatchObject({ mediaId: file, fileName: 'pixel.png', mimeType: 'image/png', size: bytes.length });
		const binary = item.binary!.photo;
		expect(Buffer.from(binary.data, 'base64').equals(bytes)).toBe(true);
		expect((await apiRequests(t.mock, { method: 'GET' }))[0].path).toBe(`/api/v1/media/${id}/`);
	});

	it('Upload without the binary field fails before any request; Download of an unknown id reads the 404 detail', async () => {
		const missing = await t.engine.runNode(node('media', 'upload', { binaryPropertyName: 'nope' }), withFile(PNG, 'a.png', 'image/png'));
		expect(missing.status).toBe('error');
		expect(missing.error?.message).toContain('"Input Binary Field"');
		const unknown = await t.engine.runNode(node('media', 'download', { mediaId: '0b7a52f0-1a2b-4c3d-8e9f-001122334455' }));
		expect(unknown.error?.httpCode).toBe('404');
		expect(unknown.error?.message).toBe('Not found.');
		expect(await apiRequests(t.mock, { method: 'POST' })).toHaveLength(0);
	});

	it('the mock also takes file_encoded as base64 text and as form-urlencoded data', async () => {
		const token = t.creds.tokens.admin;
		const response = await fetch(`${t.creds.credential.baseUrl}/api/v1/media/`, {
			method: 'POST',
			headers: { authorization: `Token ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ file_encoded: `data:image/png;base64,${PNG.toString('base64')}` }),
		});
		expect(response.status).toBe(201);
		const { id } = (await response.json()) as { id: string };
		const file = await fetch(`${t.creds.credential.baseUrl}/api/v1/media/${id}/`, { headers: { authorization: `Token ${token}` } });
		expect(file.headers.get('content-type')).toBe('image/png');
		expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
	});

	it('Business Profile › Get and Update', async () => {
		const got = await t.engine.runNode(node('businessProfile', 'get'));
		expect(got.items[0].json).toMatchObject({ vertical: 'Shopping and Retail', websites: ['https://shop.example.com'] });
		const updated = await t.engine.runNode(
			node('businessProfile', 'update', { updateFields: { description: 'Bikes and repairs', vertical: 'Automotive', websites: 'https://bikes.example.com, https://example.com' } }),
		);
		expect(updated.items[0].json).toMatchObject({ description: 'Bikes and repairs', vertical: 'Automotive', websites: ['https://bikes.example.com', 'https://example.com'] });
		expect((await t.mock.state('wabbit')).businessProfile.vertical).toBe('Automotive');
		expect((await apiRequests(t.mock, { method: 'PATCH' }))[0].body).toEqual({ description: 'Bikes and repairs', vertical: 'Automotive', websites: ['https://bikes.example.com', 'https://example.com'] });
	});

	it('Business Profile › Update About and Update Photo (admins only)', async () => {
		const about = await t.engine.runNode(node('businessProfile', 'updateAbout', { aboutText: 'Open 8-20, 7 days a week' }));
		expect(about.items[0].json).toEqual({ text: 'Open 8-20, 7 days a week' });
		const photo = await t.engine.runNode(node('businessProfile', 'updatePhoto', { binaryPropertyName: 'data' }), withFile(PNG, 'logo.png', 'image/png'));
		expect(photo.items[0].json).toEqual({ success: true });
		const state = await t.mock.state('wabbit');
		expect(state.about).toBe('Open 8-20, 7 days a week');
		expect(state.photo).toEqual({ mimeType: 'image/png', filename: 'logo.png', size: PNG.length });

		const anna = await engineWithToken(t.mock, t.creds.tokens.user);
		const denied = await anna.runNode(node('businessProfile', 'updateAbout', { aboutText: 'hacked' }));
		expect(denied.error?.httpCode).toBe('403');
		expect(denied.error?.message).toBe('You do not have permission to perform this action.');
	});
});
