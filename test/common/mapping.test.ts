import { meheryChatMessageToCommon, meheryInboundToCommon, type MeheryTriggerItem } from '../../nodes/Mehery/shared/common-message';
import { parleyResultToCommon } from '../../nodes/Parley/shared/common-message';
import { spotlerDeliveryToCommon } from '../../nodes/Spotler/shared/common-message';
import type { ChatMessageDTO } from '../../schemas/mehery/types.generated';
import type { Result } from '../../schemas/parley/types.generated';
import type { WebhookDelivery } from '../../schemas/spotler/types.generated';
import { expectCommonMessage } from './helpers';

/** Maps, checks the result against schemas/common and that the payload is kept untouched under raw. */
function mapped<I, O>(map: (input: I) => O, input: I): O {
	const copy = structuredClone(input);
	const out = map(input);
	expectCommonMessage(out);
	expect((out as { raw: unknown }).raw).toEqual(copy);
	return out;
}

describe('Spotler webhook deliveries → common message', () => {
	const channel = { jid: '31201234567@whatsapp.eazy.im' };
	const contact = { jid: '31612345678@whatsapp.eazy.im' };
	const envelope = { id: '7a1d2f4e-8b9c-4d3e-a1f2-0123456789ab', timestamp: '2024-05-01T10:15:30.123456Z', channel, contact };
	const id = 'a'.repeat(40);
	const message = (body: Record<string, unknown>) => ({ ...envelope, event: 'message', message: { id, ...body } }) as unknown as WebhookDelivery;
	const common = {
		provider: 'spotler',
		channel: 'whatsapp',
		account: channel.jid,
		conversationId: contact.jid,
		contact: { id: contact.jid, name: null, phone: '31612345678' },
		timestamp: envelope.timestamp,
	};

	it('message: text, with the channel, conversation and contact it needs for a reply', () => {
		expect(mapped(spotlerDeliveryToCommon, message({ type: 'text', body: 'Where is my parcel?' }))).toEqual({
			...common,
			direction: 'inbound',
			messageId: id,
			type: 'text',
			event: null,
			text: 'Where is my parcel?',
			media: null,
			location: null,
			interactive: null,
			status: null,
			raw: message({ type: 'text', body: 'Where is my parcel?' }),
		});
	});

	const media = (url: string, mimeType: string, caption: string | null = null, fileName: string | null = null) => ({ url, mimeType, caption, fileName });
	const mediaCases: Array<[name: string, body: Record<string, unknown>, type: string, media: object, text: string | null]> = [
		[
			'image',
			{ type: 'image', url: 'https://cdn.example.com/p.jpg', mimeType: 'image/jpeg', caption: 'Broken box' },
			'image',
			media('https://cdn.example.com/p.jpg', 'image/jpeg', 'Broken box'),
			'Broken box',
		],
		['video', { type: 'video', url: 'https://cdn.example.com/v.mp4', mimeType: 'video/mp4' }, 'video', media('https://cdn.example.com/v.mp4', 'video/mp4'), null],
		['gif (image/gif)', { type: 'gif', url: 'https://cdn.example.com/g.gif', mimeType: 'image/gif' }, 'image', media('https://cdn.example.com/g.gif', 'image/gif'), null],
		['gif (video/mp4)', { type: 'gif', url: 'https://cdn.example.com/g.mp4', mimeType: 'video/mp4' }, 'video', media('https://cdn.example.com/g.mp4', 'video/mp4'), null],
		['audio', { type: 'audio', url: 'https://cdn.example.com/a.mp3', mimeType: 'audio/mpeg' }, 'audio', media('https://cdn.example.com/a.mp3', 'audio/mpeg'), null],
		['ptt', { type: 'ptt', url: 'https://cdn.example.com/n.ogg', mimeType: 'audio/ogg' }, 'audio', media('https://cdn.example.com/n.ogg', 'audio/ogg'), null],
		['sticker', { type: 'sticker', url: 'https://cdn.example.com/s.webp', mimeType: 'image/webp' }, 'sticker', media('https://cdn.example.com/s.webp', 'image/webp'), null],
		[
			'document',
			{ type: 'document', url: 'https://cdn.example.com/i.pdf', mimeType: 'application/pdf', fileName: 'invoice.pdf', title: 'Invoice' },
			'document',
			media('https://cdn.example.com/i.pdf', 'application/pdf', 'Invoice', 'invoice.pdf'),
			'Invoice',
		],
	];
	it.each(mediaCases)('message: %s', (_name, body, type, expectedMedia, text) => {
		expect(mapped(spotlerDeliveryToCommon, message(body))).toMatchObject({ type, media: expectedMedia, text, direction: 'inbound', messageId: id });
	});

	it('message: location, contact card, template and interactive', () => {
		expect(mapped(spotlerDeliveryToCommon, message({ type: 'location', latitude: 52.37, longitude: 4.89, name: 'Dam Square' }))).toMatchObject({
			type: 'location',
			text: 'Dam Square',
			location: { latitude: 52.37, longitude: 4.89, name: 'Dam Square', address: null },
		});
		expect(mapped(spotlerDeliveryToCommon, message({ type: 'contact', contacts: [{ name: 'Ada Lovelace', phoneNumber: '+31 6 1111 2222' }] }))).toMatchObject({
			type: 'contact',
			text: 'Ada Lovelace',
		});
		expect(mapped(spotlerDeliveryToCommon, message({ type: 'template', template: { name: 'delivery_notification', language: 'en', parameters: ['Ada', '123', 'Monday'] } }))).toMatchObject({
			type: 'template',
		});
		const buttons = { type: 'button', components: { body: { type: 'text', text: 'Track your order?' }, buttons: [{ type: 'reply', reply: { payload: 'track', title: 'Track' } }] } };
		expect(mapped(spotlerDeliveryToCommon, message({ type: 'interactive', interactive: buttons }))).toMatchObject({ type: 'interactive', text: 'Track your order?' });
	});

	it('the doc\'s message examples (seeds/004 "Send messages" and "WhatsApp examples") as deliveries', () => {
		const docId = 'b48eaa2fab1e942cdec8b8717ec6bf3ed2dad05a';
		const delivered = (event: string, body: Record<string, unknown>) => ({ ...envelope, event, message: { id: docId, ...body } }) as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, delivered('echo', { body: 'Have a nice day!', type: 'text' }))).toMatchObject({
			direction: 'outbound',
			type: 'text',
			text: 'Have a nice day!',
			messageId: docId,
		});
		const body = { text: 'How can we help you?', type: 'text' };
		const examples = [
			{
				components: {
					body,
					buttons: [
						{ reply: { payload: 'button_id_1', title: 'Option 1' }, type: 'reply' },
						{ reply: { payload: 'button_id_2', title: 'Option 2' }, type: 'reply' },
					],
				},
				type: 'button',
			},
			{
				components: { body, list: { title: 'Make a choice', sections: [{ rows: [{ description: 'Optional description', payload: 'button_id_1', title: 'Option 2' }], title: 'Section 1' }] } },
				type: 'list',
			},
			{ components: { body: { text: 'Here is a suggested product for you', type: 'text' }, product: { productId: '1105524' } }, type: 'product' },
			{
				components: {
					header: { text: 'Make a selection', type: 'text' },
					body: { text: 'Here are some suggested products for you', type: 'text' },
					productList: { sections: [{ items: [{ productId: '1105521' }, { productId: '1105522' }, { productId: '1105523' }], title: 'Our Collection' }] },
				},
				type: 'productList',
			},
		];
		const texts = examples.map((interactive) => mapped(spotlerDeliveryToCommon, delivered('echo', { interactive, type: 'interactive' }))).map((m) => [m.type, m.text]);
		expect(texts).toEqual([
			['interactive', 'How can we help you?'],
			['interactive', 'How can we help you?'],
			['interactive', 'Here is a suggested product for you'],
			['interactive', 'Here are some suggested products for you'],
		]);
		// The customer pressing the doc's first button.
		const pressed = { ...envelope, event: 'postback', postback: { payload: 'button_id_1', title: 'Option 1', messageId: docId } } as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, pressed)).toMatchObject({ type: 'interactive', interactive: { payload: 'button_id_1', title: 'Option 1' }, messageId: docId });
	});

	it('echo: an outbound message sent by an agent or assistant', () => {
		const echo = { ...envelope, event: 'echo', message: { id, type: 'text', body: 'On its way' } } as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, echo)).toMatchObject({ direction: 'outbound', type: 'text', text: 'On its way', messageId: id, event: null });
	});

	it('postback: the button or list answer, about the message it answered', () => {
		const postback = { ...envelope, event: 'postback', postback: { payload: 'track_1', title: 'Track', messageId: id } } as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, postback)).toMatchObject({
			direction: 'inbound',
			type: 'interactive',
			text: 'Track',
			messageId: id,
			interactive: { payload: 'track_1', title: 'Track' },
		});
	});

	it.each(['sent', 'delivered', 'read'])('receipt: %s', (status) => {
		const receipt = { ...envelope, event: 'receipt', receipt: { messageId: id, status } } as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, receipt)).toMatchObject({ direction: 'outbound', type: 'status', event: 'receipt', status, messageId: id, text: null });
	});

	it('receipt: failed, with the reason as text', () => {
		const receipt = { ...envelope, event: 'receipt', receipt: { messageId: id, status: 'failed', error: 'Message undeliverable' } } as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, receipt)).toMatchObject({ type: 'status', status: 'failed', text: 'Message undeliverable' });
	});

	it.each([
		['typing', { typing: { state: 'composing' } }, 'inbound'],
		['label', { label: { labels: ['vip@label.eazy.im'], added: ['vip@label.eazy.im'], removed: [] } }, 'outbound'],
		['note', { note: { action: 'created', note: { id: 'n1', body: 'Prefers e-mail' } } }, 'outbound'],
		['handover', { handover: { from: { assignee: null, team: null }, to: { assignee: 'agent@example.com', team: null } } }, 'outbound'],
		['custom', { custom: { order: 123 } }, 'outbound'],
	])('%s: an event of the conversation', (event, member, direction) => {
		const delivery = { ...envelope, event, ...member } as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, delivery)).toMatchObject({ ...common, type: 'event', event, direction, messageId: null, text: null });
	});

	it('template_pack and custom without a contact: events about no single contact', () => {
		const { contact: _contact, ...withoutContact } = envelope;
		const pack = { ...withoutContact, event: 'template_pack', template_pack: { name: 'support_after_24hours', language: 'en', status: 'APPROVED' } } as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, pack)).toMatchObject({ type: 'event', event: 'template_pack', contact: null, conversationId: null, account: channel.jid });
		const custom = { ...withoutContact, event: 'custom', custom: {} } as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, custom)).toMatchObject({ type: 'event', event: 'custom', contact: null });
	});

	it.each([
		['webchat', '1234567890123456@webchat.eazy.im', 'visitor-1@webchat.eazy.im', null],
		['messenger', '1234567890123456@messenger.eazy.im', '1500000000000@messenger.eazy.im', null],
		['sms', '3197010000000@sms.eazy.im', '31612345678@sms.eazy.im', '31612345678'],
		['instagram', '1@instagram.eazy.im', '2@instagram.eazy.im', null],
		['apple', '1@apple.eazy.im', '2@apple.eazy.im', null],
		['other', '1@unknown.example', '2@unknown.example', null],
	])('the channel comes from the channel JID: %s', (kind, channelJid, contactJid, phone) => {
		const delivery = { ...envelope, channel: { jid: channelJid }, contact: { jid: contactJid }, event: 'message', message: { id, type: 'text', body: 'Hi' } } as unknown as WebhookDelivery;
		expect(mapped(spotlerDeliveryToCommon, delivery)).toMatchObject({ channel: kind, account: channelJid, contact: { id: contactJid, phone } });
	});
});

describe('Parley results → common message', () => {
	const result: Result = {
		id: 1234,
		searchId: 101,
		caseId: 55,
		connectionId: 7,
		source: 'twitter',
		sourceId: 3,
		date: '2024-05-01T10:15:30Z',
		text: '@acme my order never arrived',
		url: 'https://twitter.example/ada/1234',
		website: 'twitter.com',
		public: true,
		direction: 'incoming',
		sentiment: 'negative',
		category: 'Complaint',
		labels: [],
		hashtags: [],
		profile: { name: 'ada', displayName: 'Ada L.' },
		assignedUserId: null,
		checked: false,
		replyAvailable: true,
		typing: false,
		status: 1,
	};

	it('a result: the case is the conversation, the search profile the account, the result id the message', () => {
		expect(mapped(parleyResultToCommon, result)).toEqual({
			provider: 'parley',
			channel: 'twitter',
			account: '101',
			conversationId: '55',
			contact: { id: 'ada', name: 'Ada L.', phone: null },
			direction: 'inbound',
			messageId: '1234',
			type: 'text',
			event: null,
			text: '@acme my order never arrived',
			media: null,
			location: null,
			interactive: null,
			status: null,
			timestamp: '2024-05-01T10:15:30Z',
			raw: result,
		});
	});

	it.each([
		['facebook', false, 'messenger'],
		['facebook', true, 'social'],
		['instagram', true, 'instagram'],
		['whatsapp', false, 'whatsapp'],
		['irischat', false, 'webchat'],
		['linkedin', true, 'social'],
		['news', true, 'other'],
		['forums', true, 'other'],
	] as const)('source %s (public %s) is channel %s', (source, isPublic, channel) => {
		expect(mapped(parleyResultToCommon, { ...result, source, public: isPublic })).toMatchObject({ channel });
	});

	it('an outgoing result (a sent reply) is outbound; a WhatsApp handle that is a number is the phone', () => {
		expect(mapped(parleyResultToCommon, { ...result, direction: 'outgoing' })).toMatchObject({ direction: 'outbound' });
		expect(mapped(parleyResultToCommon, { ...result, source: 'whatsapp', profile: { name: '31612345678' } })).toMatchObject({
			contact: { id: '31612345678', name: '31612345678', phone: '31612345678' },
		});
	});
});

describe('Mehery notifications → common message', () => {
	/** The doc's InBoundWrapper example (catalogue §4.31): numbers where strings are typed. */
	const contact = {
		businessProfile: { email: 'abc@xyz.com', name: 'John Doe', phone: 919988776655, profileId: 'C34567' },
		channelId: 'wa360:919988776655',
		contactId: 1234567,
		contactType: 'WHATSAPP',
		csid: '91YOURNUMBER',
		lane: 919999998888,
		profile: { email: 'abc@xyz.com', name: 'John Doe', phone: 919988776655 },
	};
	const media = {
		caption: 'document-caption',
		filename: 'document-filename',
		id: 2121212,
		link: 'http(s)://link-to-media-file-url',
		linkSecure: 'https://link-to-media-file-url',
		mime_type: 'video/mp4',
		sha256: 'm3232kaoe4belrr',
		type: 'image',
	};
	const meta = { appId: '61ec7d9c2ce85742b201c5ab', debug: true, domain: 'alex', server: 'server.com' };
	const docMessage = {
		attachments: [media],
		audio: media,
		contactId: 'wa919988776655_918828218374',
		document: media,
		from: 919988776655,
		id: 1234567,
		image: media,
		location: { address: '1 Hacker Way, Menlo Park, CA, 94025', latitude: 12.90909, longitude: 6.90808, name: 'Main Building', url: 'Location URL' },
		messageIdExt: 1234567,
		originalMessage: {},
		session: { assignedToAgent: 'SUPPORT', assignedToDept: 'SUPPORT', routingId: 'xsds34434-323-232', sessionId: 'xsds34434' },
		text: { body: 'your-text-message-content', type: 'image' },
		timestamp: 156753339076,
		type: 'text',
		video: media,
		voice: media,
	};
	const docStatus = {
		contactId: 'wa919988776655_918828218374',
		errors: [
			{
				code: 470,
				details: 'string',
				href: 'https://developers.facebook.com/docs/whatsapp/api/errors#error',
				title: 'Failed to send message because you are outside the support window for freeform messages to this user. Please use a valid HSM notification or reconsider.',
			},
		],
		id: 1234567,
		messageIdExt: 1234567,
		status: 'DLVRD',
		timestamp: 156753339076,
	};
	const docEvent = {
		checksum: 'string',
		contactId: 'string',
		eventCode: 'SESSION_ROUTED',
		eventId: 'string',
		sessionId: 'string',
		sessionRouted: { params: {}, routingId: 'string', sessionStart: true, sourceQueue: 'string', targetQueue: 'string' },
		trace: [{}],
	};
	const item = (kind: string, element: Record<string, unknown>) => ({ kind, ...element, contact, meta }) as unknown as MeheryTriggerItem;

	it("the doc's message (type text): contact, channel and session for a reply", () => {
		expect(mapped(meheryInboundToCommon, item('message', docMessage))).toEqual({
			provider: 'mehery',
			channel: 'whatsapp',
			account: 'wa360:919988776655',
			conversationId: 'xsds34434',
			contact: { id: 'wa919988776655_918828218374', name: 'John Doe', phone: '919988776655' },
			direction: 'inbound',
			messageId: '1234567',
			type: 'text',
			event: null,
			text: 'your-text-message-content',
			media: null,
			location: null,
			interactive: null,
			status: null,
			timestamp: new Date(156753339076).toISOString(),
			raw: item('message', docMessage),
		});
	});

	it.each(['image', 'video', 'audio', 'document', 'voice'])("the doc's message as type %s: its media member", (type) => {
		expect(mapped(meheryInboundToCommon, item('message', { ...docMessage, type }))).toMatchObject({
			type: type === 'voice' ? 'audio' : type,
			text: 'document-caption',
			media: { url: 'https://link-to-media-file-url', mimeType: 'video/mp4', caption: 'document-caption', fileName: 'document-filename' },
		});
	});

	it("the doc's message as type location and system", () => {
		expect(mapped(meheryInboundToCommon, item('message', { ...docMessage, type: 'location' }))).toMatchObject({
			type: 'location',
			location: { latitude: 12.90909, longitude: 6.90808, name: 'Main Building', address: '1 Hacker Way, Menlo Park, CA, 94025' },
		});
		// The mock sends coordinates as strings; they become numbers.
		expect(mapped(meheryInboundToCommon, item('message', { ...docMessage, type: 'location', location: { latitude: '12.5', longitude: '6.25' } }))).toMatchObject({
			location: { latitude: 12.5, longitude: 6.25 },
		});
		expect(mapped(meheryInboundToCommon, item('message', { ...docMessage, type: 'system' }))).toMatchObject({ type: 'other', text: 'your-text-message-content' });
	});

	it.each([
		['SENT', 'sent'],
		['DLVRD', 'delivered'],
		['READ', 'read'],
		['FAILD', 'failed'],
		['DELTD', 'deleted'],
	])("the doc's status as %s", (status, common) => {
		expect(mapped(meheryInboundToCommon, item('status', { ...docStatus, status }))).toMatchObject({
			type: 'status',
			direction: 'outbound',
			event: status,
			status: common,
			messageId: '1234567',
			contact: { id: 'wa919988776655_918828218374' },
			text: docStatus.errors[0].title,
		});
	});

	it("the doc's event and action", () => {
		expect(mapped(meheryInboundToCommon, item('event', docEvent))).toMatchObject({ type: 'event', event: 'SESSION_ROUTED', conversationId: 'string', direction: 'outbound' });
		expect(mapped(meheryInboundToCommon, item('action', { actionCode: 'SEND_INVOICE' }))).toMatchObject({
			type: 'event',
			event: 'SEND_INVOICE',
			conversationId: null,
			contact: { id: '1234567', name: 'John Doe', phone: '919988776655' },
		});
	});

	it.each([
		['FACEBOOK', 'fb:1', 'messenger'],
		['TELEGRAM', 'tg:bot', 'telegram'],
		['WEBSITE', 'web:abc', 'webchat'],
		['SMS', 'sms:1', 'sms'],
		['EMAIL', 'mail:1', 'email'],
		[undefined, 'fb:1', 'messenger'],
		['DUMMY', 'x:1', 'other'],
	])('contact type %s on channel %s is %s', (contactType, channelId, channel) => {
		const other = { kind: 'message', ...docMessage, contact: { ...contact, contactType, channelId }, meta } as unknown as MeheryTriggerItem;
		expect(mapped(meheryInboundToCommon, other)).toMatchObject({ channel, account: channelId });
	});

	it('a session message (ChatMessageDTO) from the contact and one sent by the API', () => {
		const dto: ChatMessageDTO = {
			messageId: 'm1',
			sessionId: 's1',
			sender: 'CONTACT',
			type: 'text',
			text: 'Hello',
			status: 'RECEIVD',
			timestamp: 1714558530000,
			contact: { contactId: 'wa31612345678_3120', contactType: 'WHATSAPP', name: 'Ada', phone: '31612345678', lane: '3120' },
			attachments: [],
		};
		expect(mapped(meheryChatMessageToCommon, dto)).toEqual({
			provider: 'mehery',
			channel: 'whatsapp',
			account: null,
			conversationId: 's1',
			contact: { id: 'wa31612345678_3120', name: 'Ada', phone: '31612345678' },
			direction: 'inbound',
			messageId: 'm1',
			type: 'text',
			event: null,
			text: 'Hello',
			media: null,
			location: null,
			interactive: null,
			status: null,
			timestamp: '2024-05-01T10:15:30.000Z',
			raw: dto,
		});
		const sent = {
			...dto,
			sender: 'API',
			type: 'image',
			text: '',
			status: 'DLVRD',
			attachments: [{ mediaURL: 'https://x.example/p.png', mediaMimeType: 'image/png', mediaCaption: 'Receipt', mediaName: 'p.png' }],
		};
		expect(mapped(meheryChatMessageToCommon, sent)).toMatchObject({
			direction: 'outbound',
			type: 'image',
			status: 'delivered',
			text: 'Receipt',
			media: { url: 'https://x.example/p.png', mimeType: 'image/png', caption: 'Receipt', fileName: 'p.png' },
		});
	});
});
