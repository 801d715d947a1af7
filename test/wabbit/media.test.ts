import { byId, wabbitWorld } from './world';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('Wabbit › Media (through the n8n engine, against the mock)', () => {
	const t = wabbitWorld();

	const withFile = (data: Buffer, fileName: string, mimeType: string) => [{ json: {}, binary: { data: { data: data.toString('base64'), fileName, mimeType } } }];

	it('Upload from binary data, send it as an image, and Download it back byte for byte', async () => {
		const bytes = Buffer.concat([PNG, Buffer.from(Array.from({ length: 3000 }, (_v, i) => i % 256))]);
		const uploaded = await t.run('media', 'upload', { binaryPropertyName: 'data' }, { items: withFile(bytes, 'pixel.png', 'image/png') });
		expect(uploaded.status).toBe('success');
		const { id, file } = uploaded.items[0].json as { id: string; file: string };
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		expect(file).toBe(`${t.credential.baseUrl}/api/v1/media/${id}/`);
		const [upload] = await t.apiRequests({ method: 'POST' });
		expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect((await t.mock.state('wabbit')).media).toEqual([{ id, mimeType: 'image/png', filename: 'pixel.png', size: bytes.length }]);

		const sent = await t.run('message', 'send', { chat: byId(t.samples.waId), messageType: 'image', mediaSource: 'id', mediaId: id });
		expect(sent.status).toBe('success');

		const downloaded = await t.run('media', 'download', { mediaId: file, binaryPropertyName: 'photo' });
		expect(downloaded.status).toBe('success');
		const item = downloaded.items[0];
		expect(item.json).toMatchObject({ mediaId: file, fileName: 'pixel.png', mimeType: 'image/png', size: bytes.length });
		const binary = item.binary!.photo;
		expect(Buffer.from(binary.data, 'base64').equals(bytes)).toBe(true);
		expect((await t.apiRequests({ method: 'GET' }))[0].path).toBe(`/api/v1/media/${id}/`);
	});

	it('Upload without the binary field fails before any request; Download of an unknown id reads the 404 detail', async () => {
		const missing = await t.run('media', 'upload', { binaryPropertyName: 'nope' }, { items: withFile(PNG, 'a.png', 'image/png') });
		expect(missing.status).toBe('error');
		expect(missing.error?.message).toContain('"Input Binary Field"');
		const unknown = await t.run('media', 'download', { mediaId: '0b7a52f0-1a2b-4c3d-8e9f-001122334455' });
		expect(unknown.error?.httpCode).toBe('404');
		expect(unknown.error?.message).toBe('Not found.');
		expect(await t.apiRequests({ method: 'POST' })).toHaveLength(0);
	});

	it('the mock also takes file_encoded as base64 text and as form-urlencoded data', async () => {
		const token = t.credentials.tokens.admin;
		const response = await fetch(`${t.credential.baseUrl}/api/v1/media/`, {
			method: 'POST',
			headers: { authorization: `Token ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ file_encoded: `data:image/png;base64,${PNG.toString('base64')}` }),
		});
		expect(response.status).toBe(201);
		const { id } = (await response.json()) as { id: string };
		const file = await fetch(`${t.credential.baseUrl}/api/v1/media/${id}/`, { headers: { authorization: `Token ${token}` } });
		expect(file.headers.get('content-type')).toBe('image/png');
		expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
	});
});
