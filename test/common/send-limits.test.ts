import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Engine, startMock, type MockClient, type RunResult } from '../harness';

/**
 * Issue 15, node-side limits: a value over a provider's documented (or decided) limit is refused
 * before any request for its item, the error names field, limit and item, Continue On Fail turns
 * it into an error item while the other items are sent, and a value at the limit goes out.
 * Every provider and Omnichannel Reply, through n8n's engine against the mock.
 */
describe('Send limits are checked before sending', () => {
	let mock: MockClient;
	let engine: Engine;
	let samples: Record<'spotler' | 'parley' | 'mehery' | 'social25' | 'wabbit', any>;
	/** A public file host for Omnichannel Reply's Social25 media (the node downloads, then uploads). */
	let files: Server;
	let filesUrl: string;
	const MB = 1024 * 1024;
	const BIG_PNG = Buffer.alloc(5 * MB + 1, 7);

	/** The reproduction: a 5 MB text. */
	const HUGE = 'x'.repeat(5_000_000);

	beforeAll(async () => {
		mock = await startMock();
		const providers = ['spotler', 'parley', 'mehery', 'social25', 'wabbit'] as const;
		const creds = await Promise.all(providers.map((p) => mock.credentials(p)));
		samples = Object.fromEntries(providers.map((p, i) => [p, creds[i].samples])) as typeof samples;
		const [s, p, m, s25, w] = creds.map((c) => c.credential);
		engine = await Engine.create({ credentials: { spotlerApi: s, parleyOAuth2Api: p, meheryApi: m, social25Api: s25, wabbitApi: w } as never });
		files = createServer((req, res) => {
			if (req.url !== '/files/big.png') return void res.writeHead(404).end('not found');
			res.writeHead(200, { 'content-type': 'image/png' }).end(BIG_PNG);
		});
		await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
		filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((resolve) => files.close(resolve));
		await mock.close();
	});
	beforeEach(() => mock.server.reset());

	const run = (type: string, parameters: INodeParameters, items: INodeExecutionData[], continueOnFail = false): Promise<RunResult> => engine.runNode({ type, parameters, continueOnFail }, items);
	const texts = (...values: string[]) => values.map((text) => ({ json: { text } }));
	const posts = async (provider: string, pathPart: string) => (await mock.requests({ provider, method: 'POST' })).filter((r) => r.path.includes(pathPart));
	const outcome = (result: RunResult) => result.items.map((i) => (i.json.error ? String(i.json.error) : 'sent'));
	const withFile = (data: Buffer, fileName: string, mimeType: string): INodeExecutionData[] => [{ json: {}, binary: { data: { data: data.toString('base64'), fileName, mimeType } } }];

	describe('Spotler', () => {
		const send = (extra: INodeParameters = {}): INodeParameters => ({
			resource: 'message',
			operation: 'send',
			channel: { mode: 'id', value: samples.spotler.channelJid },
			contact: samples.spotler.contactJid,
			messageType: 'text',
			text: '={{ $json.text }}',
			...extra,
		});

		it('refuses a 5 MB text before sending; with Continue On Fail the other items, one at the limit, are sent', async () => {
			const result = await run('spotler', send(), texts('short', HUGE, 'y'.repeat(4096)), true);
			expect(outcome(result)).toEqual(['sent', '"Text" is 5,000,000 characters long; Spotler accepts at most 4,096 (item 1)', 'sent']);
			const sent = await posts('spotler', '/messages/');
			expect(sent.map((r) => r.status)).toEqual([201, 201]);
			// The mock's log shortens long bodies to a string: the at-limit text shows as one.
			expect(sent[0].body.message.body).toBe('short');
			expect(typeof sent[1].body === 'string' ? sent[1].body : '').toContain('yyyy');
			expect(JSON.stringify(sent)).not.toContain('xxxx');
		});

		it('without Continue On Fail the node stops on the item, naming field, limit and item', async () => {
			const result = await run('spotler', send(), texts('y'.repeat(4097)));
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('"Text" is 4,097 characters long; Spotler accepts at most 4,096 (item 0)');
			expect(result.error?.description).toContain('nothing was sent');
			expect(await posts('spotler', '/messages/')).toHaveLength(0);
		});

		it('counts characters, not UTF-16 units: 4,096 emoji are accepted', async () => {
			const result = await run('spotler', send(), texts('😀'.repeat(4096)));
			expect(result.status).toBe('success');
			expect(await posts('spotler', '/messages/')).toHaveLength(1);
		});

		it('checks captions and list rows too', async () => {
			const caption = await run('spotler', send({ messageType: 'image', mediaUrl: 'https://example.com/a.jpg', caption: 'c'.repeat(1025) }), [{ json: {} }]);
			expect(caption.error?.message).toBe('"Caption" is 1,025 characters long; Spotler accepts at most 1,024 (item 0)');
			const list = await run('spotler', send({ messageType: 'list', bodyText: 'Pick one', rows: { row: Array.from({ length: 11 }, (_, i) => ({ title: `Option ${i + 1}` })) } }), [{ json: {} }]);
			expect(list.error?.message).toBe('"Rows of section "Options"" has 11 rows; Spotler accepts at most 10 (item 0)');
			expect(await posts('spotler', '/messages/')).toHaveLength(0);
		});
	});

	describe('Social25', () => {
		const conversation = () => ({ __rl: true, mode: 'id', value: samples.social25.whatsappConversationId });

		it('Send Text refuses an over-limit text before sending', async () => {
			const result = await run('social25', { resource: 'message', operation: 'sendText', conversationId: conversation(), text: '={{ $json.text }}' }, texts(HUGE, 'z'.repeat(4096)), true);
			expect(outcome(result)).toEqual(['"Text" is 5,000,000 characters long; Social25 accepts at most 4,096 (item 0)', 'sent']);
			expect(await posts('social25', '/messages/')).toHaveLength(1);
		});

		it('Send in Bulk leaves the over-limit item out of the batch and reports it as an error item', async () => {
			const result = await run(
				'social25',
				{ resource: 'message', operation: 'sendBulk', conversationId: conversation(), bulkMessageType: 'text', text: '={{ $json.text }}', batchSize: 10 },
				texts('first', 'w'.repeat(4097), 'z'.repeat(4096)),
				true,
			);
			expect(outcome(result)).toEqual(['sent', '"Text" is 4,097 characters long; Social25 accepts at most 4,096 (item 1)', 'sent']);
			expect(result.items.map((i) => i.json.batchSize)).toEqual([2, undefined, 2]);
			const [bulk, ...more] = await posts('social25', '/messages/bulk/');
			expect(more).toHaveLength(0);
			expect(String(bulk.body)).toContain('"text":"first"');
			expect(String(bulk.body)).not.toContain('wwww');
		});

		it('Media › Upload refuses an image over 5 MB before uploading it', async () => {
			const result = await run('social25', { resource: 'media', operation: 'upload', conversationId: conversation(), binaryPropertyName: 'data' }, withFile(BIG_PNG, 'big.png', 'image/png'));
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe('"Input Binary Field" is 5 MB (5,242,881 bytes); Social25 accepts images of at most 5 MB (item 0)');
			expect(await posts('social25', '/mediaupload/')).toHaveLength(0);
		});
	});

	describe('Parley', () => {
		const reply = (resultId: number | string, message: string): INodeParameters => ({ resource: 'result', operation: 'reply', resultId: String(resultId), message });

		it('refuses a reply over 10,000 characters before reading or sending anything; 10,000 is sent', async () => {
			const over = await run('parley', reply(samples.parley.replyableResultId, 'r'.repeat(10_001)), [{ json: {} }]);
			expect(over.error?.message).toBe('"Message" is 10,001 characters long; Parley accepts at most 10,000 (item 0)');
			expect((await mock.requests({ provider: 'parley' })).filter((r) => r.path.startsWith('/results'))).toHaveLength(0);

			const atLimit = await run('parley', reply(samples.parley.replyableResultId, 'r'.repeat(10_000)), [{ json: {} }]);
			expect(atLimit.status).toBe('success');
			expect(await posts('parley', '/replies')).toHaveLength(1);
		});

		it("a reply on a WhatsApp result keeps to WhatsApp's 4,096 characters", async () => {
			const created = await mock.simulate('parley', 'result', { source: 'whatsapp', replyAvailable: true, text: 'Where is my parcel?' });
			const resultId = created.id ?? created.result?.id;
			expect(resultId).toEqual(expect.any(Number));
			const result = await run('parley', reply('={{ $json.id }}', '={{ $json.text }}'), [{ json: { id: resultId, text: 'w'.repeat(4097) } }, { json: { id: resultId, text: 'w'.repeat(4096) } }], true);
			expect(outcome(result)).toEqual(['"Message" is 4,097 characters long; Parley (on WhatsApp) accepts at most 4,096 (item 0)', 'sent']);
			expect(await posts('parley', '/replies')).toHaveLength(1);
		});
	});

	describe('Mehery', () => {
		it('refuses an over-limit text before sending; the others go out', async () => {
			const result = await run(
				'mehery',
				{
					resource: 'message',
					operation: 'send',
					channel: { mode: 'id', value: samples.mehery.channelId },
					recipientBy: 'contactId',
					recipient: samples.mehery.contactId,
					messageType: 'text',
					text: '={{ $json.text }}',
				},
				texts('hello', HUGE, 'm'.repeat(4096)),
				true,
			);
			expect(outcome(result)).toEqual(['sent', '"Text" is 5,000,000 characters long; Mehery accepts at most 4,096 (item 1)', 'sent']);
			expect(await posts('mehery', '/message/send')).toHaveLength(2);
		});
	});

	describe('Wabbit', () => {
		const chat = () => ({ mode: 'id', value: String(samples.wabbit.waId) });

		it('Message › Send refuses an over-limit text before sending', async () => {
			const result = await run('wabbit', { resource: 'message', operation: 'send', chat: chat(), messageType: 'text', text: '={{ $json.text }}' }, texts(HUGE, 'v'.repeat(4096)), true);
			expect(outcome(result)).toEqual(['"Text" is 5,000,000 characters long; Wabbit accepts at most 4,096 (item 0)', 'sent']);
			expect(await posts('wabbit', '/messages/')).toHaveLength(1);
		});

		it('Media › Upload refuses an image over 5 MB before uploading it', async () => {
			const result = await run('wabbit', { resource: 'media', operation: 'upload', binaryPropertyName: 'data' }, withFile(BIG_PNG, 'big.png', 'image/png'));
			expect(result.error?.message).toBe('"Input Binary Field" is 5 MB (5,242,881 bytes); Wabbit accepts images of at most 5 MB (item 0)');
			expect(await posts('wabbit', '/media/')).toHaveLength(0);
		});

		it('Tag › Create keeps to the documented 1,000 characters', async () => {
			const result = await run('wabbit', { resource: 'tag', operation: 'create', name: 't'.repeat(1001) }, [{ json: {} }]);
			expect(result.error?.message).toBe('"Name" is 1,001 characters long; Wabbit accepts at most 1,000 (item 0)');
			expect(await posts('wabbit', '/tags/')).toHaveLength(0);
		});
	});

	describe('Omnichannel Reply', () => {
		const spotlerItem = (): IDataObject => ({
			provider: 'spotler',
			channel: 'whatsapp',
			account: samples.spotler.channelJid,
			conversationId: samples.spotler.contactJid,
			contact: { id: samples.spotler.contactJid, name: null, phone: null },
			direction: 'inbound',
			type: 'text',
			text: 'Where is my parcel?',
			timestamp: new Date().toISOString(),
			raw: {},
		});

		it('refuses an over-limit text reply before sending; the other items are answered', async () => {
			const items = ['It arrives tomorrow', HUGE, 'a'.repeat(4096)].map((reply) => ({ json: { ...spotlerItem(), reply } }));
			const result = await run('omnichannelReply', { replyType: 'text', text: '={{ $json.reply }}' }, items, true);
			expect(outcome(result)).toEqual(['sent', '"Text" is 5,000,000 characters long; Spotler accepts at most 4,096 (item 1)', 'sent']);
			expect(await posts('spotler', '/messages/')).toHaveLength(2);
		});

		it('refuses a Social25 media reply whose file is over 5 MB before uploading it', async () => {
			const item: IDataObject = {
				provider: 'social25',
				channel: 'whatsapp',
				account: samples.social25.tenantId,
				conversationId: samples.social25.whatsappConversationId,
				contact: { id: samples.social25.whatsappUserId, name: null, phone: null },
				direction: 'inbound',
				type: 'text',
				text: 'Send me the label',
				timestamp: new Date().toISOString(),
				raw: {},
			};
			const result = await run('omnichannelReply', { replyType: 'media', mediaUrl: `${filesUrl}/files/big.png` }, [{ json: item }]);
			expect(result.error?.message).toBe('"Media URL" is 5 MB (5,242,881 bytes); Social25 accepts images of at most 5 MB (item 0)');
			expect(await mock.requests({ provider: 'social25', method: 'POST' })).toHaveLength(0);
		});
	});
});
