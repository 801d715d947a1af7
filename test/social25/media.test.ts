import { byId, social25, social25World } from './world';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('Social25 › Media upload from binary data, then Send Media', () => {
	const s = social25World();

	const withFile = (fileName = 'receipt.png', mimeType = 'image/png', data = PNG) => [
		{ json: { orderId: 7 }, binary: { data: { data: data.toString('base64'), mimeType, fileName, fileExtension: fileName.split('.').pop() } } },
	];

	it("uploads the item's binary field as multipart media_file and a chained Send Media sends it", async () => {
		const upload = s.engine.node({ ...social25('media', 'upload', { conversationId: byId(s.samples.whatsappConversationId), binaryPropertyName: 'data' }), name: 'Upload' });
		const send = s.engine.node({ ...social25('message', 'sendMedia', { conversationId: byId(s.samples.whatsappConversationId), caption: 'Your receipt' }), name: 'Send Media' }, [200, 0]);
		const workflow = s.engine.workflow([upload, send], { Upload: { main: [[{ node: 'Send Media', type: 'main', index: 0 }]] } });
		const run = await s.engine.runWorkflow(workflow, 'Upload', withFile());
		expect(run.status).toBe('success');

		const uploaded = run.outputOf('Upload')[0].json;
		expect(uploaded).toMatchObject({ title: 'receipt.png', mime_type: 'image/png', resource_type: 'image', bytes: PNG.length, type: 'private' });
		const [uploadRequest, sendRequest] = await s.requests({ method: 'POST' });
		expect(uploadRequest.path).toBe(`/tenants/${s.samples.tenantId}/conversations/${s.samples.whatsappConversationId}/mediaupload/`);
		expect(String(uploadRequest.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);

		expect(sendRequest.body).toMatchObject({
			type: 'IMAGE',
			media_file: { ...uploaded, url: expect.any(String), secure_url: expect.any(String) },
			mime_type: 'image/png',
			outbound: true,
			status: 'PREPARED',
			text: 'Your receipt',
		});
		// The request log keeps a pre-signed URL's signature out (it grants access to the file).
		const redacted = (url: unknown) => String(url).replace(/X-Amz-Signature=[^&]+/, 'X-Amz-Signature=%5Bredacted%5D');
		expect([sendRequest.body.media_file.url, sendRequest.body.media_file.secure_url]).toEqual([redacted(uploaded.url), redacted(uploaded.secure_url)]);
		expect(run.outputOf('Send Media')[0].json).toMatchObject({ type: 'IMAGE', status: 'SENT', text: 'Your receipt' });
		const state = await s.mock.state('social25');
		const conversation = state.conversations.find((c: any) => c.id === s.samples.whatsappConversationId);
		expect(conversation.last_message.file).toEqual(uploaded);
	});

	it('sends a PDF as FILE when the media type is automatic', async () => {
		const upload = await s.engine.runNode(
			social25('media', 'upload', { conversationId: byId(s.samples.whatsappConversationId) }),
			withFile('terms.pdf', 'application/pdf', Buffer.from('%PDF-1.4 mock')),
		);
		const send = await s.engine.runNode(social25('message', 'sendMedia', { conversationId: byId(s.samples.whatsappConversationId) }), upload.items);
		expect(send.status).toBe('success');
		expect(send.items[0].json.type).toBe('FILE');
		expect((await s.requests({ method: 'POST' }))[1].body.text).toBeNull();
	});

	it('names the missing binary field without sending anything', async () => {
		const result = await s.engine.runNode(social25('media', 'upload', { conversationId: byId(s.samples.whatsappConversationId), binaryPropertyName: 'file' }), withFile());
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('"Input Binary Field" names "file", but the input item has no binary field of that name (item 0)');
		expect(await s.requests()).toHaveLength(0);
	});

	it('Send Media refuses input that is not an upload result, and Social25 refuses an unknown file', async () => {
		const notUpload = await s.engine.runNode(social25('message', 'sendMedia', { conversationId: byId(s.samples.whatsappConversationId) }), [{ json: { hello: 'world' } }]);
		expect(notUpload.error?.message).toContain('"Uploaded Media" is not the output of Media > Upload');
		const fake = { path: 'x/Platform/outbound/a.png', url: 'https://example.com/a.png', type: 'private', title: 'a.png', mime_type: 'image/png', resource_type: 'image', bytes: 3 };
		const unknown = await s.engine.runNode(social25('message', 'sendMedia', { conversationId: byId(s.samples.whatsappConversationId) }), [{ json: fake }]);
		expect(unknown.error?.httpCode).toBe('400');
		expect(unknown.error?.message).toBe('media_file: Unknown media file: upload it first.');
	});
});
