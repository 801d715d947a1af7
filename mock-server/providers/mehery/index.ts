import { Router, type NextFunction, type Request, type Response } from 'express';

import { jsonBody } from '../../core/body';
import { ControlError } from '../../core/control-api';
import { routeGroup } from '../../core/routes';
import type { MockProvider, ProviderFactory } from '../../core/types';
import type { VariantTable } from '../../core/variants';
import type { ContactInfoUpdate, InBoundMessageStatus, InBoundMsg } from '../../../schemas/mehery/types.generated';
import { authenticate } from './auth';
import { MeheryError, sendError } from './errors';
import { inboundContact, pushNotification, VERIFY_TOKEN_HEADER } from './push';
import { analyticsRoutes } from './routes/analytics';
import { configRoutes } from './routes/config';
import { contactRoutes } from './routes/contact';
import { messageRoutes } from './routes/message';
import { sessionRoutes } from './routes/session';
import { contactIdFor, seedState, type Contact, type MeheryState } from './state';
import { contactOf, receiveInbound, seedOpenSession, sessionById, sessionEvent, setStatus } from './sessions';

const STATUSES: InBoundMessageStatus[] = ['READ', 'DLVRD', 'SENT', 'FAILD', 'DELTD'];

/** The doc's operation titles and schemas, for the mock's OpenAPI document. */
const OPENAPI_NOTES: MockProvider['openapi'] = {
	'GET /api/v1/config/channels': { summary: 'Channels List (query sabdnox or sandbox=true adds sandbox channels)', response: 'ApiResultsMetaCompactResponse_MsgChannel_object_' },
	'GET /api/v1/config/global/vars': { summary: 'Global Vars (query channelId)', response: 'ApiResponse_CompanyVarsConfigDoc_object_' },
	'GET /api/v1/config/tmpl/hsm': { summary: 'HSM Templates (query channelId, channelStatus)', response: 'ApiResponse_HSMTemplateDoc_object_' },
	'POST /api/v1/config/webhook': { summary: 'Set Webhook', requestBody: 'WebhookUrlRequest', response: 'ApiResponse_ClientApp_object_' },
	'POST /api/v1/contact/prefs/lang': { summary: 'Contact Preferences', requestBody: 'ContactPrefsUpdate', response: 'ApiResultsMetaCompactResponse_InBoundEvent_object_' },
	'POST /api/v1/data/push': { summary: 'Push Customer Data', requestBody: 'DigitalObjectDto', response: 'ApiResponse_DigitalObjectDto_object_' },
	'POST /api/v1/event/push': { summary: 'Push Customer Event', requestBody: 'DigitalEventDto', response: 'ApiResponse_DigitalEventDto_object_' },
	'POST /api/v1/message/send': { summary: 'Send Message', requestBody: 'OutBoundMsgRequest', response: 'ApiResponse_OutBoundReciept_object_' },
	'POST /api/v1/session/close': { summary: 'Session Close', requestBody: 'SessionStatusClose', response: 'ApiResultsMetaCompactResponse_InBoundEvent_object_' },
	'POST /api/v1/session/messages': { summary: 'Session Messages', requestBody: 'SessionStatusClose', response: 'ApiResultsMetaCompactResponse_ChatMessageDTO_object_' },
	'POST /api/v1/session/resolve': { summary: 'Session Resolve', requestBody: 'SessionStatusClose', response: 'ApiResultsMetaCompactResponse_InBoundEvent_object_' },
	'POST /api/v1/session/routing': { summary: 'Session Routing', requestBody: 'SessionQueueAssignment', response: 'ApiResultsMetaCompactResponse_InBoundEvent_object_' },
};

/** Where the doc is silent, the answers the mock can play (schemas/mehery/README.md, "Tolerated alternatives"). */
const VARIANTS: VariantTable = {
	payload: {
		question: 'Which member of an ApiResponse carries the answer: the doc prints both data (one item) and results (the list) and never says which one a call fills',
		answers: {
			both: 'data holds the item (a list call: its first item), results the list, as the doc\'s samples show',
			results: 'only results carries the answer; data is left out',
			data: 'only data carries the answer (a list call: the whole list in data); results is empty',
		},
	},
	errorBody: {
		question: 'What an error answer holds: the doc lists 401, 403 and 404 with schema "None" and prints no error',
		answers: {
			wrapper: 'the ApiResponse wrapper: status, statusKey, error, errors[ApiFieldError], message',
			empty: 'the status code with an empty body',
			text: 'a plain-text body (text/plain) with the message',
		},
	},
	language: {
		question: 'Which form of language code contact/prefs/lang takes: its example sends en_US, ContactMeta lists two-letter codes such as EN',
		answers: {
			either: 'a two-letter code with or without a region (EN, en_US)',
			locale: 'only a language with a region, like the example (en_US); EN is refused',
			code: 'only a listed two-letter code (EN); en_US is refused',
		},
	},
};

/** Mehery XMS Messaging APIs (https://api.mehery.xyz/xms), served under /mehery. */
export const mehery: ProviderFactory = (ctx): MockProvider => {
	const state: MeheryState = seedState(ctx.faker);
	const current = () => state;
	// On the third WhatsApp contact, so the ones other tests write to (contactId, otherContactId) start without a session.
	const seededSession = seedOpenSession(ctx, state, [...state.contacts.values()].filter((c) => c.channelId === state.channels[0].channelId)[2]);

	const router = Router();
	// Authentication first: an unauthenticated caller cannot make the mock read a body.
	router.use(authenticate(current));
	router.use(jsonBody({ limit: '1mb', maxDepth: () => ctx.limits.jsonDepth }));
	router.use(
		routeGroup(configRoutes(ctx, current), contactRoutes(ctx, current), analyticsRoutes(ctx, current), messageRoutes(ctx, current), sessionRoutes(ctx, current)),
	);
	router.use((req: Request) => {
		throw new MeheryError(404, `No route for ${req.method} ${req.path}`);
	});
	router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
		if (error instanceof MeheryError) {
			const form = ctx.variant('errorBody');
			if (form === 'empty') return void res.status(error.status).end();
			if (form === 'text') return void res.status(error.status).type('text/plain').send(error.message);
			return sendError(res, error.status, error.message, error.fieldErrors);
		}
		next(error);
	});

	const whatsapp = state.channels[0];
	const firstContactOf = (channelId: string) => [...state.contacts.values()].find((c) => c.channelId === channelId);

	/** The contact a control call names (contactId, or a phone number on a channel), default the first WhatsApp one. */
	function contactFrom(input: Record<string, unknown>): Contact {
		if (input.contactId !== undefined) {
			const contact = state.contacts.get(String(input.contactId));
			if (!contact) throw new ControlError(`unknown contact ${String(input.contactId)}`, 404);
			return contact;
		}
		const channelId = String(input.channelId ?? whatsapp.channelId);
		const channel = state.channels.find((c) => c.channelId === channelId);
		if (!channel) throw new ControlError(`unknown channel ${channelId}`, 404);
		if (input.phone === undefined) {
			const first = firstContactOf(channel.channelId);
			if (!first) throw new ControlError(`channel ${channelId} has no contacts; pass phone`);
			return first;
		}
		const phone = String(input.phone).replace(/\D/g, '');
		const contactId = contactIdFor(channel, phone);
		let contact = state.contacts.get(contactId);
		if (!contact) {
			contact = { contactId, channelId: channel.channelId, contactType: channel.contactType, name: String(input.name ?? phone), phone, labels: [] };
			state.contacts.set(contactId, contact);
		}
		return contact;
	}

	function inboundContent(input: Record<string, unknown>): Pick<InBoundMsg, 'type'> & Partial<InBoundMsg> {
		const type = String(input.type ?? 'text');
		if (type === 'text') return { type: 'text', text: { body: String(input.text ?? 'Hello, I have a question'), type: 'text' } };
		if (type === 'image' || type === 'document' || type === 'audio' || type === 'video' || type === 'voice') {
			const link = String(input.link ?? `https://media.mehery.xyz/${ctx.faker.string.alphanumeric(12)}`);
			const media = { id: ctx.faker.string.numeric(7), link, linkSecure: link.replace(/^http:/, 'https:'), mime_type: String(input.mimeType ?? 'image/jpeg'), sha256: ctx.faker.string.hexadecimal({ length: 64, casing: 'lower', prefix: '' }), type, caption: input.caption === undefined ? undefined : String(input.caption) };
			return { type, [type]: media, attachments: [media] };
		}
		if (type === 'location') {
			return { type: 'location', location: { latitude: String(input.latitude ?? '12.90909'), longitude: String(input.longitude ?? '6.90808'), name: String(input.name ?? 'Main Building'), address: String(input.address ?? '1 Hacker Way'), url: '' } };
		}
		throw new ControlError(`cannot simulate an inbound ${type} message (text, image, document, audio, video, voice, location)`);
	}

	/** Asks the contact-info URL for a contact's details, stores and applies a valid answer. */
	async function requestContactInfo(input: Record<string, unknown>) {
		const url = String(input.url ?? state.account.contactInfoUrl ?? '');
		if (!url) throw new ControlError('no contact-info URL: pass url or PUT /__control/mehery/contact-info-url first');
		const contact = contactFrom(input);
		const delivery = await ctx.webhooks.deliver({
			provider: 'mehery',
			event: 'contactInfo',
			url,
			body: inboundContact(state, contact),
			headers: { [VERIFY_TOKEN_HEADER]: state.account.verifyToken },
		});
		const answer = delivery.response;
		const issues = delivery.state === 'delivered' ? ctx.validator.validate('ContactInfoUpdate', answer ?? {}) : [];
		const applied = delivery.state === 'delivered' && issues.length === 0;
		if (applied) {
			const update = answer as ContactInfoUpdate;
			if (update.name) contact.name = update.name;
			if (update.email) contact.email = update.email;
			if (update.mobile !== undefined && update.mobile !== '') contact.phone = String(update.mobile);
			if (update.profileId) contact.profileId = update.profileId;
			for (const label of update.labels ?? []) {
				contact.labels = [...contact.labels.filter((l) => l.key !== label.key), label];
			}
		}
		state.contactInfoAnswers.push({ contactId: contact.contactId, answer, applied });
		return { contactId: contact.contactId, delivery, answer, applied, issues, contact };
	}

	/** Delivers a body exactly as given (e.g. a document's printed notification) to the registered webhook, with the account's verify token. */
	async function deliverVerbatim(input: Record<string, unknown>) {
		const url = state.account.webhookUrl;
		if (!url) throw new ControlError('no webhook registered: POST /api/v1/config/webhook first (activating the Mehery Trigger does)');
		const printed = (input.headers && typeof input.headers === 'object' ? input.headers : {}) as Record<string, string>;
		const headers = { ...printed, [VERIFY_TOKEN_HEADER]: state.account.verifyToken };
		const delivery = await ctx.webhooks.deliver({ provider: 'mehery', event: 'verbatim', url, body: input.body, headers });
		return { delivery };
	}

	/** Control API: what a customer, an agent or the platform would cause on Mehery's side. */
	async function simulate(kind: string, input: Record<string, unknown>) {
		switch (kind) {
			case 'message': {
				const { message, session, delivery } = await receiveInbound(ctx, state, contactFrom(input), inboundContent(input));
				return { message, sessionId: session.sessionId, delivery };
			}
			case 'status': {
				const sent = state.sentMessages.get(String(input.messageId));
				if (!sent) throw new ControlError(`unknown sent message ${String(input.messageId)}`, 404);
				const status = String(input.status) as InBoundMessageStatus;
				if (!STATUSES.includes(status)) throw new ControlError(`status must be one of ${STATUSES.join(', ')}`);
				const { body, delivery } = await setStatus(ctx, state, sent, status);
				return { status: body.statuses![0], delivery };
			}
			case 'event': {
				const session = sessionById(state, String(input.sessionId));
				const event = sessionEvent(ctx, state, session, String(input.eventCode ?? 'SESSION_ASSIGNED'));
				const { delivery } = await pushNotification(ctx, state, contactOf(state, session), { type: 'events', events: [event] });
				return { event, delivery };
			}
			case 'action': {
				const action = { actionCode: String(input.actionCode ?? 'SEND_INVOICE') };
				const { delivery } = await pushNotification(ctx, state, contactFrom(input), { type: 'actions', actions: [action] });
				return { action, delivery };
			}
			case 'contactInfo':
				return requestContactInfo(input);
			case 'verbatim':
				return deliverVerbatim(input);
			default:
				throw new ControlError(`Mehery cannot simulate "${kind}" (known: message, status, event, action, contactInfo, verbatim)`, 404);
		}
	}

	// Stands for the console setting of the contact-info URL (the API has no call for it).
	const controlRouter = Router();
	controlRouter.put('/contact-info-url', (req, res) => {
		const url = (req.body as { url?: unknown } | undefined)?.url;
		if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
			res.status(400).json({ error: 'body must be {"url": "http(s)://..."}' });
			return;
		}
		state.account.contactInfoUrl = url;
		res.json({ contactInfoUrl: url });
	});

	return {
		slug: ctx.slug,
		title: 'Mehery XMS Messaging APIs',
		realBaseUrl: 'https://api.mehery.xyz/xms',
		router,
		sendError,
		simulate,
		controlRouter,
		openapi: OPENAPI_NOTES,
		variants: VARIANTS,
		authHeaders: () => ({ 'x-api-key': state.account.apiKey, 'x-api-id': state.account.apiId }),
		credentials: () => {
			const contacts = [...state.contacts.values()].filter((c) => c.channelId === whatsapp.channelId);
			return {
				credential: { baseUrl: ctx.baseUrl(), apiKey: state.account.apiKey, apiId: state.account.apiId, verifyToken: state.account.verifyToken },
				samples: {
					channelId: whatsapp.channelId,
					sandboxChannelId: state.channels.find((c) => c.sandbox)?.channelId ?? null,
					facebookChannelId: state.channels[1]?.channelId ?? null,
					contactId: contacts[0]?.contactId ?? null,
					contactPhone: contacts[0]?.phone ?? null,
					otherContactId: contacts[1]?.contactId ?? null,
					facebookContactId: [...state.contacts.values()].find((c) => c.channelId === state.channels[1]?.channelId)?.contactId ?? null,
					sessionId: state.sessions.has(seededSession.sessionId) ? seededSession.sessionId : null,
					templateId: state.templates[0]?.id ?? null,
					templateCode: state.templates[0]?.code ?? null,
					rejectedTemplateCode: state.templates[2]?.code ?? null,
				},
			};
		},
		state: () => ({
			account: { ...state.account, apiKey: undefined, verifyToken: undefined },
			channels: state.channels,
			globalVars: state.globalVars,
			templates: state.templates,
			contacts: [...state.contacts.values()],
			sessions: [...state.sessions.values()],
			sentMessages: [...state.sentMessages.values()],
			dataObjects: [...state.dataObjects.values()],
			pushedEvents: state.pushedEvents,
			contactInfoAnswers: state.contactInfoAnswers,
		}),
	};
};
