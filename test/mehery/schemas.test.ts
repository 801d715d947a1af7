import { schemaValidator } from '../../mock-server/core/schema-validator';

/** The doc's own examples (catalogue §3–§4), which declare numbers where strings are typed. */
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
const docWrapper = {
	type: 'message',
	meta: { appId: '61ec7d9c2ce85742b201c5ab', debug: true, domain: 'alex', server: 'server.com' },
	contacts: [contact],
	messages: [
		{
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
		},
	],
	statuses: [
		{
			contactId: 'wa919988776655_918828218374',
			errors: [{ code: 470, details: 'string', href: 'https://developers.facebook.com/docs/whatsapp/api/errors#error', title: 'Failed to send message' }],
			id: 1234567,
			messageIdExt: 1234567,
			status: 'DLVRD',
			timestamp: 156753339076,
		},
	],
	events: [{ eventCode: 'SESSION_ROUTED', sessionId: 'string', sessionRouted: { params: {}, routingId: 'string', sessionStart: true, sourceQueue: 'string', targetQueue: 'string' } }],
	actions: [{ actionCode: 'SEND_INVOICE' }],
};

describe("schemas/mehery against the doc's examples", () => {
	const validator = schemaValidator('mehery');

	it("accepts the doc's InBoundWrapper example (singular type, numeric ids and phones) and a wrapper with one member only", () => {
		expect(validator.validate('InBoundWrapper', docWrapper)).toEqual([]);
		expect(validator.validate('InBoundWrapper', { type: 'actions', actions: [{ actionCode: 'SEND_INVOICE' }] })).toEqual([]);
		expect(validator.validate('InBoundWrapper', { type: 'statuses', statuses: [{ id: 'x', status: 'SEEN' }] })).toEqual([
			{ path: 'statuses.0.status', message: 'must be one of "READ", "DLVRD", "SENT", "FAILD", "DELTD"' },
		]);
	});

	it("accepts the doc's InBoundContact and ContactInfoUpdate examples", () => {
		expect(validator.validate('InBoundContact', contact)).toEqual([]);
		const update = {
			email: 'abc@xyz.com',
			labels: [{ format: 'MM/DD/YY', key: 'CUSTOMER_TYPE', name: 'Customer Type', type: 'TEXT', value: 'Platinum' }],
			mobile: 919988776655,
			name: 'John Doe',
			profileId: 'C34567',
		};
		expect(validator.validate('ContactInfoUpdate', update)).toEqual([]);
		expect(validator.validate('ContactInfoUpdate', { labels: [{ value: 'x' }] })).toEqual([{ path: 'labels.0.key', message: 'is required' }]);
	});

	it('requires per message type only the member that type needs (not contacts, location and mask on every message)', () => {
		const base = { channelId: '91SERVICENUMBER', to: { phone: '919988776655' } };
		expect(validator.validate('OutBoundMsgRequest', { ...base, type: 'text', text: { body: 'hi' } })).toEqual([]);
		expect(validator.validate('OutBoundMsgRequest', { ...base, type: 'optin' })).toEqual([]);
		expect(validator.validate('OutBoundMsgRequest', { ...base, type: 'location' })).toEqual([{ path: 'location', message: 'is required' }]);
		expect(validator.validate('OutBoundMsgRequest', { ...base, type: 'voice', audio: { link: 'https://x/y.ogg' } })).toEqual([]);
		expect(validator.validate('OutBoundMsgRequest', { ...base, type: 'template', template: { linked: 'string' } })).toEqual(
			expect.arrayContaining([
				{ path: 'template.id', message: 'is required' },
				{ path: 'template.code', message: 'is required' },
			]),
		);
	});
});
