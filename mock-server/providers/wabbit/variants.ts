import type { VariantTable } from '../../core/variants';

/**
 * Where the Wabbit document is silent or contradicts itself, the answers the mock can play (first =
 * default = the document's own example, or the package's first guess). See schemas/wabbit/README.md.
 */
export const WABBIT_VARIANTS: VariantTable = {
	messageType: {
		question: 'Whether POST /messages/ needs `type`: the getting-started example (line 143) omits it, the field list marks it required',
		answers: {
			'optional-text': "type may be omitted and then means text (the document's own first example, as WhatsApp's APIs do)",
			required: 'type is required: a body without it is refused with 400 {"type": ["This field is required."]}',
		},
	},
	previewUrl: {
		question: "Where `preview_url` of a text message stands: the document's payloads print it beside `text` (WABA v1), WhatsApp's Cloud API puts it inside `text`",
		answers: {
			'top-level': "read beside text (the document's samples); one inside text is ignored, as DRF ignores unknown fields",
			'in-text': 'read inside text (Cloud API style); one beside text is ignored',
		},
	},
	chatsList: {
		question: 'The shape of GET /chats/: the schema sample (line 1533) is the paginated envelope, the getting-started example (line 156) a bare array',
		answers: {
			envelope: '{count, next, previous, results: [Chat]}',
			'bare-array': 'the Chats alone, as a JSON array (no pagination members)',
		},
	},
	createMessageAnswer: {
		question: 'What POST /messages/ answers: the schema names waba_response (an object), the sample prints { }',
		answers: {
			'waba-response': '201 {"waba_response": {"messages": [{"id": "gBGG..."}]}} (WABA v1\'s answer, wrapped)',
			'empty-waba-response': '201 {"waba_response": {}}',
			empty: "201 {} (the document's response sample, line 1465)",
		},
	},
	templateNamespace: {
		question: "Whether a template message needs `namespace` (WABA v1 requires it; the document's field list is lost)",
		answers: {
			optional: "namespace may be omitted; when given it must be the template's",
			required: 'a template message without namespace is refused with 400 {"template.namespace": ["This field is required."]}',
		},
	},
	webhookPayload: {
		question:
			'What a WABA Webhook delivery holds: the document says it is "exactly the same POST call as original WhatsApp Business API webhook" ({contacts, messages, statuses}, line 258), the event list names Integration API arrays (incoming_messages, ...)',
		answers: {
			both: 'the WABA members and the Integration API arrays side by side',
			'raw-waba': 'only what WhatsApp itself sends: contacts and messages for an inbound message, statuses for a status',
		},
	},
};
