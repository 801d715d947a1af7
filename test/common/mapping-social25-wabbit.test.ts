import { auxiliaryValues, social25BotPayloadToCommon, social25MessageToCommon, type Social25ConversationContext } from '../../nodes/Social25/shared/common-message';
import { wabbitMessageToCommon, wabbitTriggerItemToCommon, type WabbitTriggerItem } from '../../nodes/Wabbit/shared/common-message';
import type { BotWebhookPayload, Message } from '../../schemas/social25/types.generated';
import type { RetrieveMessage } from '../../schemas/wabbit/types.generated';
import { expectCommonMessage } from './helpers';

/** Maps, checks the result against schemas/common and that the payload is kept untouched under raw. */
function mapped<I, O>(map: (input: I) => O, input: I): O {
	const copy = structuredClone(input);
	const out = map(input);
	expectCommonMessage(out);
	expect((out as { raw: unknown }).raw).toEqual(copy);
	return out;
}

describe('Social25 bot payloads and messages → common message', () => {
	/** The doc's bot webhook example (catalogue §3.1), verbatim. */
	const docPayload: BotWebhookPayload = {
		id: '97d647e2-7b4d-4bab-8435-e0cc90de8871',
		ext_identifier: 'f615e90f1afceb70a1291a449c031fda41aed9cf',
		agent_id: null,
		tenant_id: '8560cf87-ef70-49b3-9f57-d018c8d64be4',
		conversation_id: '89710dc0-f7b5-5051-874f-e0be93bb3b58',
		timestamp: '2021-05-05T09:54:52',
		modified_timestamp: '2021-05-05T09:54:53.273482',
		type: 'TEXT',
		status: 'RECEIVED',
		outbound: false,
		text: 'This is the text of the message',
		auxiliary_data: null,
		custom_data: null,
		file: null,
		file_type: null,
		media_title: null,
		mime_type: null,
		transcribe_enabled: false,
		transcribe_in_progress: false,
		error_log: null,
		chat_user: { id: '89710dc0-f7b5-5051-874f-e0be93bb3b58', username: null, first_name: null, last_name: null, phone_number: '31612345678', gender: null, profile_picture: null },
		platform: 'whatsapp',
	};
	const inbound = (fields: Partial<BotWebhookPayload>) => ({ ...docPayload, ...fields }) as BotWebhookPayload;

	it("the doc's bot payload: a WhatsApp text in its tenant and conversation, from the chat user", () => {
		expect(mapped(social25BotPayloadToCommon, docPayload)).toEqual({
			provider: 'social25',
			channel: 'whatsapp',
			account: docPayload.tenant_id,
			conversationId: docPayload.conversation_id,
			contact: { id: docPayload.chat_user.id, name: null, phone: '31612345678' },
			direction: 'inbound',
			messageId: docPayload.id,
			type: 'text',
			event: null,
			text: 'This is the text of the message',
			media: null,
			location: null,
			interactive: null,
			status: null,
			timestamp: '2021-05-05T09:54:52.000Z',
			raw: docPayload,
		});
	});

	it.each([
		['facebook', 'messenger'],
		['sms', 'sms'],
		['telegram', 'telegram'],
		['kik', 'other'],
		['messagebird', 'other'],
	])('platform %s → channel %s', (platform, channel) => {
		expect(mapped(social25BotPayloadToCommon, inbound({ platform: platform as BotWebhookPayload['platform'] }))).toMatchObject({ channel });
	});

	it("the contact's name from the chat user", () => {
		const user = { ...docPayload.chat_user, first_name: 'Alen', last_name: 'D.', username: 'alen' };
		expect(mapped(social25BotPayloadToCommon, inbound({ chat_user: user }))).toMatchObject({ contact: { name: 'Alen D.', phone: '31612345678' } });
	});

	/** The upload response of the doc (§2.5), as a message's `file`. */
	const upload = {
		path: '13b1f5a93b974a34a5a28e9c1cf55b75/Platform/outbound/WhatsApp_Image.jpeg',
		url: 'https://s3.eu-central-1.amazonaws.com/social25-acc/13b1f5a93b974a34a5a28e9c1cf55b75/Platform/outbound/WhatsApp_Image.jpeg',
		secure_url: 'https://social25-acc.s3.amazonaws.com/13b1f5a93b974a34a5a28e9c1cf55b75/Platform/outbound/WhatsApp_Image.jpeg?X-Amz-Expires=3600',
		type: 'private',
		title: 'WhatsApp_Image.jpeg',
		mime_type: 'image/jpeg',
		resource_type: 'image',
		bytes: 87723,
	};
	it.each([
		['IMAGE', 'image'],
		['VIDEO', 'video'],
		['AUDIO', 'audio'],
		['FILE', 'document'],
	])("%s: media from the message's file, the caption from its text", (type, commonType) => {
		const message = inbound({ type, text: 'My receipt', file: upload, file_type: 'image', media_title: upload.title, mime_type: upload.mime_type });
		expect(mapped(social25BotPayloadToCommon, message)).toMatchObject({
			type: commonType,
			text: 'My receipt',
			media: { url: upload.secure_url, mimeType: 'image/jpeg', caption: 'My receipt', fileName: 'WhatsApp_Image.jpeg' },
		});
	});

	it('EVENT: a button or "Get Started" (the doc\'s auxiliary_data) is an interactive answer with its title', () => {
		const started = mapped(social25BotPayloadToCommon, inbound({ type: 'EVENT', text: null, auxiliary_data: "{'title': 'Get Started'}" }));
		expect(started).toMatchObject({ type: 'interactive', text: 'Get Started', interactive: { payload: 'Get Started', title: 'Get Started' }, event: null });
		expect(mapped(social25BotPayloadToCommon, inbound({ type: 'EVENT', text: null, auxiliary_data: null }))).toMatchObject({ type: 'event', event: 'EVENT', interactive: null });
	});

	it('LOCATION: coordinates when auxiliary_data carries them; else a location without coordinates', () => {
		const pin = inbound({ type: 'LOCATION', text: 'Dam Square', auxiliary_data: "{'latitude': 52.3731, 'longitude': 4.8926, 'address': \"Dam 1, Amsterdam\"}" });
		expect(mapped(social25BotPayloadToCommon, pin)).toMatchObject({ type: 'location', location: { latitude: 52.3731, longitude: 4.8926, name: 'Dam Square', address: 'Dam 1, Amsterdam' } });
		expect(mapped(social25BotPayloadToCommon, inbound({ type: 'LOCATION', text: 'Somewhere' }))).toMatchObject({ type: 'location', location: null, text: 'Somewhere' });
	});

	it('reads Python dict reprs (auxiliary_data is not JSON)', () => {
		expect(auxiliaryValues("{'title': 'Extra data', 'count': 3, 'note': \"it's\"}")).toEqual({ title: 'Extra data', count: 3, note: "it's" });
		expect(auxiliaryValues(null)).toEqual({});
	});

	const context: Social25ConversationContext = {
		tenantId: '8560cf87-ef70-49b3-9f57-d018c8d64be4',
		user: { id: 'a6360701-ff6c-4572-88d6-23e1aa5fbe4e', username: 'agent_username', first_name: 'Allen', last_name: null, phone_number: null },
		platform: 'facebook',
	};

	it("the doc's Get Messages example: an outbound message, READ, in the conversation of the looked-up platform and user", () => {
		const docMessage = {
			id: 'd8be1be8-cec8-42cd-80a5-70bba9739fb5',
			agent_id: '9302b67d-ca92-48ce-bfbf-c29bc15005ab',
			conversation_id: '863105a6-9c14-4e5f-9165-4265b7da18f0',
			timestamp: '2018-10-24T11:02:40.475002',
			modified_timestamp: '2018-10-25T10:59:14.345888',
			type: 'TEXT',
			status: 'READ',
			outbound: true,
			text: 'hello!',
			auxiliary_data: null,
			file: null,
			file_type: null,
			media_title: null,
			mime_type: null,
		} as Message;
		expect(mapped((m: Message) => social25MessageToCommon(m, context), docMessage)).toEqual({
			provider: 'social25',
			channel: 'messenger',
			account: context.tenantId,
			conversationId: docMessage.conversation_id,
			contact: { id: context.user!.id, name: 'Allen', phone: null },
			direction: 'outbound',
			messageId: docMessage.id,
			type: 'text',
			event: null,
			text: 'hello!',
			media: null,
			location: null,
			interactive: null,
			status: 'read',
			timestamp: '2018-10-24T11:02:40.475Z',
			raw: docMessage,
		});
	});

	it("the doc's send answers (TEXT and IMAGE, SENT), a MEDIA_HSM, a failed send and the conversation's EVENT last message", () => {
		const sent = {
			id: '97341947-58aa-48a9-97c0-26d50ce9f8b0',
			agent_id: '6f1d9615-3e5f-4055-a9d6-55f4d070749d',
			conversation_id: '64af9c3b-b9cc-4ca0-b8a7-3d628d43d35c',
			timestamp: '2019-02-20T07:18:07.067846',
			modified_timestamp: '2019-02-20T07:18:08.277267',
			status: 'SENT',
			outbound: true,
			auxiliary_data: null,
			file: null,
			file_type: null,
			media_title: null,
			mime_type: null,
		};
		const as = (fields: Partial<Message>) => mapped((m: Message) => social25MessageToCommon(m, context), { ...sent, ...fields } as Message);
		expect(as({ type: 'TEXT', text: 'Hello!' })).toMatchObject({ type: 'text', text: 'Hello!', status: 'sent', direction: 'outbound' });
		expect(as({ type: 'IMAGE', text: null })).toMatchObject({ type: 'image', media: { url: null, mimeType: null, caption: null, fileName: null }, status: 'sent' });
		expect(as({ type: 'MEDIA_HSM', text: 'Populated text of the message template' })).toMatchObject({ type: 'template', text: 'Populated text of the message template' });
		expect(as({ type: 'TEXT', text: 'Hi', status: 'FAILED', error_log: 'Outside the 24 hour window' })).toMatchObject({ status: 'failed', text: 'Outside the 24 hour window' });
		const lastMessage = { ...sent, type: 'EVENT', status: 'RECEIVED', outbound: false, text: null, auxiliary_data: "{'title': 'Extra data'}" } as Message;
		expect(mapped((m: Message) => social25MessageToCommon(m, context), lastMessage)).toMatchObject({ direction: 'inbound', status: null, type: 'interactive', text: 'Extra data' });
	});

	it("the doc's failed-sync message (tenant in the message) and an unknown type", () => {
		const failedSync = {
			id: '259cf67d-a720-4f73-8409-8fa84961ceaa',
			ext_identifier: 'a1f22c46-c052-44a9-b23d-e3350685f791',
			agent_id: null,
			tenant_id: 'e00e41b1-ead3-4b11-ba52-d1a437adbb13',
			conversation_id: '1352d4ea-de8d-548d-9e13-8b30505aa552',
			timestamp: '2021-05-17T13:46:48.184191',
			modified_timestamp: '2021-05-17T13:46:48.817977',
			type: 'TEXT',
			status: 'RECEIVED',
			outbound: false,
			text: 'Test',
			auxiliary_data: null,
			custom_data: null,
			file: null,
			file_type: null,
			media_title: null,
			mime_type: null,
			transcribe_enabled: false,
			transcribe_in_progress: false,
			log_message: 'INVALID_LOGIN: Invalid username, password, security token; or user locked out.',
		} as Message;
		expect(mapped((m: Message) => social25MessageToCommon(m, context), failedSync)).toMatchObject({
			account: 'e00e41b1-ead3-4b11-ba52-d1a437adbb13',
			type: 'text',
			text: 'Test',
			direction: 'inbound',
		});
		expect(mapped((m: Message) => social25MessageToCommon(m, context), { ...failedSync, type: 'STICKER_PACK' })).toMatchObject({ type: 'other', text: 'Test' });
	});
});

describe('Wabbit webhook items and messages → common message', () => {
	const konrad = {
		url: 'http://your.base.url.com/api/v1/users/1/',
		id: 1,
		username: 'konrad',
		first_name: 'Konrad',
		last_name: 'Tester',
		email: 'konrad@example.com',
		profile: { role: 'admin' as const },
	};
	const contact = { wa_id: '48123123123', waba_payload: { profile: { name: 'Konrad Tester' }, wa_id: '48123123123' }, initials: 'KT', last_message_timestamp: 1613398401 };
	/** The doc's outgoing_messages example (webhook section), with the top-level id the package adds. */
	const docOutgoing: RetrieveMessage = {
		id: 'gBGGSFEBeRJ_AglpKKJ1s123123',
		waba_payload: {
			preview_url: false,
			recipient_type: 'individual',
			to: '48123123123',
			type: 'image',
			image: { link: 'http://your.base.url.com/api/v1/media/e4b60f1d-1847-4233-8a88-58e123123123' },
			id: 'gBGGSFEBeRJ_AglpKKJ1s123123',
			timestamp: 1612372697,
		},
		waba_statuses: { sent: 0, delivered: 0, read: 0 },
		contact,
		from_us: true,
		received: true,
		sender: konrad,
		context: null,
		customer_wa_id: '48123123123',
		tags: [],
	};
	const incoming = (waba_payload: Record<string, unknown>): RetrieveMessage => ({
		...docOutgoing,
		id: String(waba_payload.id ?? 'ABGGSFEBeRJ_AhD8o8zP9ulNeUPgdK123456'),
		waba_payload: { from: '48123123123', id: 'ABGGSFEBeRJ_AhD8o8zP9ulNeUPgdK123456', timestamp: '1612544982', ...waba_payload },
		from_us: false,
		sender: null,
	});
	const item = (event: string, entry: object) => ({ event, ...entry }) as WabbitTriggerItem;
	const common = { provider: 'wabbit', channel: 'whatsapp', account: null, conversationId: '48123123123' };

	it("outgoing_messages: the doc's example, an image sent from the inbox", () => {
		const out = mapped(wabbitTriggerItemToCommon, item('outgoing_messages', docOutgoing));
		expect(out).toEqual({
			...common,
			contact: { id: '48123123123', name: 'Konrad Tester', phone: '48123123123' },
			direction: 'outbound',
			messageId: 'gBGGSFEBeRJ_AglpKKJ1s123123',
			type: 'image',
			event: null,
			text: null,
			media: { url: 'http://your.base.url.com/api/v1/media/e4b60f1d-1847-4233-8a88-58e123123123', mimeType: null, caption: null, fileName: null },
			location: null,
			interactive: null,
			status: null,
			timestamp: '2021-02-03T17:18:17.000Z',
			raw: { event: 'outgoing_messages', ...docOutgoing },
		});
	});

	it.each(['incoming_messages', 'assigned_messages'])('%s: the doc\'s bot-flow text "Hello" from the customer', (event) => {
		const out = mapped(wabbitTriggerItemToCommon, item(event, incoming({ type: 'text', text: { body: 'Hello' } })));
		expect(out).toMatchObject({
			...common,
			direction: 'inbound',
			type: 'text',
			text: 'Hello',
			messageId: 'ABGGSFEBeRJ_AhD8o8zP9ulNeUPgdK123456',
			status: null,
			event: null,
			timestamp: '2021-02-05T17:09:42.000Z',
		});
	});

	/** The forwarded WABA message types of the doc (§3.2), with its field names. */
	const media = (link: string, extra: object = {}) => ({ file: '/usr/local/wamedia/x', id: 'e4b60f1d', link, mime_type: 'application/octet-stream', sha256: 'checksum', ...extra });
	it.each([
		['image', { image: media('http://inbox/api/v1/media/1/', { mime_type: 'image/jpeg', caption: 'Broken box' }) }, 'image', 'Broken box'],
		['document', { document: media('http://inbox/api/v1/media/2/', { mime_type: 'application/pdf', caption: 'Invoice' }) }, 'document', 'Invoice'],
		['audio', { audio: media('http://inbox/api/v1/media/3/', { mime_type: 'audio/ogg' }) }, 'audio', null],
		['voice', { voice: media('http://inbox/api/v1/media/4/', { mime_type: 'audio/ogg; codecs=opus' }) }, 'audio', null],
		['video', { video: media('http://inbox/api/v1/media/5/', { mime_type: 'video/mp4' }) }, 'video', null],
		['sticker', { sticker: media('http://inbox/api/v1/media/6/', { mime_type: 'image/webp' }) }, 'sticker', null],
	])('incoming %s: media with link, MIME type and caption', (type, member, commonType, caption) => {
		const link = (Object.values(member)[0] as { link: string }).link;
		expect(mapped(wabbitTriggerItemToCommon, item('incoming_messages', incoming({ type, ...member })))).toMatchObject({
			type: commonType,
			text: caption,
			media: { url: link, caption },
		});
	});

	it('incoming location, system, contacts, button and interactive replies, and a template sent', () => {
		const location = { address: '1 Hacker Way, Menlo Park, CA, 94025', latitude: 37.4848, longitude: -122.1484, name: 'Meta HQ' };
		expect(mapped(wabbitTriggerItemToCommon, item('incoming_messages', incoming({ type: 'location', location })))).toMatchObject({ type: 'location', text: 'Meta HQ', location });
		expect(mapped(wabbitTriggerItemToCommon, item('incoming_messages', incoming({ type: 'system', system: { body: 'Customer changed their number' } })))).toMatchObject({
			type: 'other',
			text: 'Customer changed their number',
		});
		const card = { name: { formatted_name: 'Ada Lovelace' }, phones: [{ phone: '+48 600 000 000' }] };
		expect(mapped(wabbitTriggerItemToCommon, item('incoming_messages', incoming({ type: 'contacts', contacts: [card] })))).toMatchObject({ type: 'contact', text: 'Ada Lovelace' });
		expect(mapped(wabbitTriggerItemToCommon, item('incoming_messages', incoming({ type: 'button', button: { text: 'Track', payload: 'track_1' } })))).toMatchObject({
			type: 'interactive',
			interactive: { payload: 'track_1', title: 'Track' },
		});
		const listReply = { type: 'list_reply', list_reply: { id: 'opt_2', title: 'Option 2' } };
		expect(mapped(wabbitTriggerItemToCommon, item('incoming_messages', incoming({ type: 'interactive', interactive: listReply })))).toMatchObject({
			type: 'interactive',
			text: 'Option 2',
			interactive: { payload: 'opt_2' },
		});
		const template = {
			...docOutgoing,
			waba_payload: { to: '48123123123', type: 'template', template: { name: 'order_update', language: { policy: 'deterministic', code: 'en' } }, id: 'gBGG1', timestamp: 1612372697 },
			waba_statuses: { sent: 1612372697, delivered: 1612372699, read: 0 },
		};
		expect(mapped(wabbitTriggerItemToCommon, item('outgoing_messages', template))).toMatchObject({ type: 'template', direction: 'outbound', status: 'delivered' });
	});

	it.each(['sent', 'delivered', 'read', 'failed'])("statuses: %s, about the sent message, in the recipient's chat", (status) => {
		const entry = { id: 'gBGGSFEBeRJ_AglpKKJ1s123123', recipient_id: '48123123123', status, timestamp: '1612372700' };
		expect(mapped(wabbitTriggerItemToCommon, item('statuses', entry))).toEqual({
			...common,
			contact: { id: '48123123123', name: null, phone: '48123123123' },
			direction: 'outbound',
			messageId: entry.id,
			type: 'status',
			event: 'statuses',
			text: null,
			media: null,
			location: null,
			interactive: null,
			status,
			timestamp: '2021-02-03T17:18:20.000Z',
			raw: { event: 'statuses', ...entry },
		});
	});

	it("statuses: failed, with WABA's error title as text", () => {
		const entry = {
			id: 'gBGG1',
			recipient_id: '48123123123',
			status: 'failed',
			timestamp: '1612372700',
			errors: [{ code: 470, title: 'Message failed to send because more than 24 hours have passed' }],
		};
		expect(mapped(wabbitTriggerItemToCommon, item('statuses', entry))).toMatchObject({ status: 'failed', text: 'Message failed to send because more than 24 hours have passed' });
	});

	it('chat_assignment, chat_tagging and message_tagging: events of the chat (message tagging names only the message)', () => {
		const assignment = {
			timestamp: 1613398401,
			wa_id: '48123123123',
			assigned_to_user_set: konrad,
			assigned_to_user_was_cleared: false,
			assigned_group_set: null,
			assigned_group_was_cleared: false,
			done_by: konrad,
		};
		expect(mapped(wabbitTriggerItemToCommon, item('chat_assignment', assignment))).toMatchObject({
			...common,
			contact: { id: '48123123123' },
			direction: 'outbound',
			type: 'event',
			event: 'chat_assignment',
			messageId: null,
			timestamp: '2021-02-15T14:13:21.000Z',
		});
		const tag = { id: 5, name: 'Agent needed', web_inbox_color: '#ff0000' };
		expect(mapped(wabbitTriggerItemToCommon, item('chat_tagging', { timestamp: 1613398401, action: 'added', tag, chat: '48123123123', extra: {}, done_by: konrad }))).toMatchObject({
			...common,
			type: 'event',
			event: 'chat_tagging',
		});
		const tagged = mapped(wabbitTriggerItemToCommon, item('message_tagging', { timestamp: 1613398401, action: 'removed', tag, message: 'ABGGSFEBeRJ_1', extra: null, done_by: null }));
		expect(tagged).toMatchObject({ type: 'event', event: 'message_tagging', messageId: 'ABGGSFEBeRJ_1', conversationId: null, contact: null });
	});

	it('Message › Get Many results (no event field): the same mapping, the message under raw', () => {
		const out = mapped(wabbitMessageToCommon, incoming({ type: 'text', text: { body: 'Hello' } }));
		expect(out).toMatchObject({ ...common, direction: 'inbound', type: 'text', text: 'Hello' });
		const readOne = { ...docOutgoing, waba_statuses: { sent: 1612372697, delivered: 1612372698, read: 1612372699 } };
		expect(mapped(wabbitMessageToCommon, readOne)).toMatchObject({ status: 'read', direction: 'outbound' });
	});
});
