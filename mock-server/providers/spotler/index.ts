import { Router, type NextFunction, type Request, type Response } from 'express';

import { jsonBody } from '../../core/body';
import { ControlError } from '../../core/control-api';
import { routeGroup } from '../../core/routes';
import { describeIssues } from '../../core/schema-validator';
import type { MockProvider, ProviderFactory } from '../../core/types';
import type { OutgoingMessage, ReceiptStatus, TemplateStatus } from '../../../schemas/spotler/types.generated';
import { authenticate } from './auth';
import { sendError, sendSpotlerError, SpotlerError } from './errors';
import { emitEvent } from './events';
import { SPOTLER_OPENAPI } from './openapi';
import { channelRoutes } from './routes/channels';
import { companyRoutes } from './routes/company';
import { contactRoutes } from './routes/contacts';
import { conversationRoutes } from './routes/conversations';
import { keyRoutes, publicKey } from './routes/keys';
import { listRoutes } from './routes/lists';
import { ensureConversation, messageRoutes } from './routes/messages';
import { templateRoutes } from './routes/templates';
import { webhookRoutes } from './routes/webhooks';
import { conversationKey, isoNow, messageId, seedState, type SpotlerState } from './state';

const SIMULATIONS = ['message', 'receipt', 'typing', 'postback', 'template_pack', 'custom', 'channel_outage', 'verbatim'];

/** Spotler Message API v3 (api.eazy.im/v3), served under /spotler. */
export const spotler: ProviderFactory = (ctx): MockProvider => {
	const state: SpotlerState = seedState(ctx.faker);
	const current = () => state;

	const router = Router();
	// Authentication first: an unauthenticated caller cannot make the mock read a body.
	router.use(authenticate(current));
	router.use(jsonBody({ limit: '1mb', maxDepth: () => ctx.limits.jsonDepth }));
	router.use(
		routeGroup(
			keyRoutes(current),
			companyRoutes(ctx, current),
			channelRoutes(ctx, current),
			contactRoutes(ctx, current),
			conversationRoutes(ctx, current),
			listRoutes(ctx, current),
			messageRoutes(ctx, current),
			templateRoutes(ctx, current),
			webhookRoutes(ctx, current),
		),
	);
	router.use((req: Request) => {
		throw new SpotlerError(1009, `No route for ${req.method} ${req.path}`);
	});
	router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
		if (error instanceof SpotlerError) return sendSpotlerError(res, error.code, error.message);
		next(error);
	});

	const whatsapp = state.channels[0];
	const contactsOf = (channelJid: string) => [...(state.contacts.get(channelJid)?.keys() ?? [])];
	const keyOf = (scope: string) => state.keys.find((k) => k.scope === scope)?.token ?? null;

	/** Control API: what a customer (or the platform) would cause on Spotler's side. */
	async function simulate(kind: string, input: Record<string, unknown>) {
		if (!SIMULATIONS.includes(kind)) throw new ControlError(`Spotler cannot simulate "${kind}" (known: ${SIMULATIONS.join(', ')})`, 404);
		if (kind === 'verbatim') {
			// A payload as some document prints it (Spotler's defines none): delivered unchanged to every
			// enabled webhook, with the headers each was registered with, as Spotler sends them.
			if (input.body === undefined) throw new ControlError('verbatim needs a body');
			const extra = input.headers && typeof input.headers === 'object' ? (input.headers as Record<string, string>) : {};
			const targets = [...state.webhooks.values()].flat().filter((w) => w.enabled);
			const deliveries = await Promise.all(
				targets.map((w) => ctx.webhooks.deliver({ provider: 'spotler', event: 'verbatim', url: w.url, body: input.body, headers: { ...extra, ...(w.headers ?? {}) } })),
			);
			return { deliveries };
		}
		const channelJid = String(input.channelJid ?? whatsapp.jid);
		const channel = state.channels.find((c) => c.jid === channelJid);
		if (!channel) throw new ControlError(`unknown channel ${channelJid}`, 404);

		if (kind === 'channel_outage') {
			const down = input.down !== false;
			if (down) state.unreachableChannels.add(channel.jid);
			else state.unreachableChannels.delete(channel.jid);
			return { channelJid: channel.jid, down };
		}
		if (kind === 'template_pack') {
			const name = String(input.name ?? '');
			const language = String(input.language ?? 'en');
			const status = String(input.status ?? 'APPROVED') as TemplateStatus;
			if (!['PENDING', 'APPROVED', 'REJECTED'].includes(status)) throw new ControlError('status must be PENDING, APPROVED or REJECTED');
			const template = state.templates.get(channel.jid)!.templates.find((t) => t.name === name && t.language === language);
			if (!template) throw new ControlError(`no template ${name} (${language}) on ${channel.jid}`, 404);
			template.status = status;
			const rejectedReason = status === 'REJECTED' ? String(input.rejectedReason ?? 'INVALID_FORMAT') : undefined;
			if (rejectedReason) template.rejectedReason = rejectedReason;
			else delete template.rejectedReason;
			const templatePack = { name, language, status, ...(rejectedReason ? { rejectedReason } : {}) };
			return { deliveries: await emitEvent(ctx, state, 'template_pack', channel.jid, null, { template_pack: templatePack }) };
		}
		if (kind === 'custom') {
			const payload = input.payload && typeof input.payload === 'object' ? (input.payload as Record<string, unknown>) : {};
			const contactJid = input.contactJid ? String(input.contactJid) : null;
			return { deliveries: await emitEvent(ctx, state, 'custom', channel.jid, contactJid, { custom: payload }) };
		}

		const contactJid = String(input.contactJid ?? contactsOf(channel.jid)[0]);
		// "Messages from a blocked contact are ignored."
		if (state.blacklist.get(channel.jid)!.includes(contactJid)) return { ignored: true, reason: 'blacklisted', deliveries: [] };

		if (kind === 'message' || kind === 'postback') {
			const conversation = ensureConversation(ctx, state, channel.jid, contactJid);
			const createdAt = isoNow();
			conversation.lastMessageReceivedAt = createdAt;
			conversation.unreadCount = (conversation.unreadCount ?? 0) + 1;
			conversation.status = 'OPEN';
			if (kind === 'postback') {
				const postback = { payload: String(input.payload ?? 'button_id_1'), title: String(input.title ?? 'Option 1'), ...(input.messageId ? { messageId: String(input.messageId) } : {}) };
				const issues = ctx.validator.validate('PostbackEvent', { event: 'postback', id: '00000000-0000-4000-8000-000000000000', timestamp: createdAt, channel: { jid: channel.jid }, contact: { jid: contactJid }, postback });
				if (issues.length) throw new ControlError(describeIssues(issues));
				return { channelJid: channel.jid, contactJid, deliveries: await emitEvent(ctx, state, 'postback', channel.jid, contactJid, { postback }) };
			}
			const message = (input.message as OutgoingMessage | undefined) ?? { type: 'text' as const, body: String(input.body ?? 'Hello, I have a question') };
			const issues = ctx.validator.validate('OutgoingMessage', message);
			if (issues.length) throw new ControlError(`message: ${describeIssues(issues)}`);
			const id = messageId(ctx.faker);
			conversation.messages.push({ id, direction: 'inbound', message, createdAt });
			conversation.messagesReceived++;
			const deliveries = await emitEvent(ctx, state, 'message', channel.jid, contactJid, { message: { id, ...message } });
			return { id, channelJid: channel.jid, contactJid, deliveries };
		}
		if (kind === 'typing') {
			const typingState = String(input.state ?? 'composing');
			if (typingState !== 'composing' && typingState !== 'paused') throw new ControlError('state must be composing or paused');
			return { deliveries: await emitEvent(ctx, state, 'typing', channel.jid, contactJid, { typing: { state: typingState } }) };
		}
		// receipt: for the given message id, or the contact's last outbound message.
		const status = String(input.status ?? 'delivered') as ReceiptStatus;
		if (!['sent', 'delivered', 'read', 'failed'].includes(status)) throw new ControlError('status must be sent, delivered, read or failed');
		const conversation = state.conversations.get(conversationKey(channel.jid, contactJid));
		const outbound = (conversation?.messages ?? []).filter((m) => m.direction === 'outbound');
		const target = input.messageId ? outbound.find((m) => m.id === input.messageId) : outbound.at(-1);
		if (!target) throw new ControlError(`no outbound message ${input.messageId ?? ''} to ${contactJid}`.trim(), 404);
		target.status = status;
		const receipt = { messageId: target.id, status, ...(status === 'failed' ? { error: String(input.error ?? 'Message undeliverable') } : {}) };
		return { messageId: target.id, deliveries: await emitEvent(ctx, state, 'receipt', channel.jid, contactJid, { receipt }) };
	}

	return {
		slug: ctx.slug,
		title: 'Spotler Message API v3',
		realBaseUrl: 'https://api.eazy.im/v3',
		router,
		sendError,
		simulate,
		openapi: SPOTLER_OPENAPI,
		authHeaders: () => ({ authorization: `Bearer ${keyOf('COMPANY')}` }),
		// Samples come from live state, which API calls change (a deleted note or contact): each
		// falls back to another existing one, or null, so the control API never fails on them.
		credentials: () => {
			const contacts = contactsOf(whatsapp.jid);
			const template = state.templates.get(whatsapp.jid)?.templates[0];
			const notes = state.notes.get(conversationKey(whatsapp.jid, contacts[0] ?? ''));
			const webchatJid = state.channels[1]?.jid;
			return {
				credential: { baseUrl: ctx.baseUrl(), apiKey: keyOf('COMPANY') },
				otherKeys: { assistant: keyOf('ASSISTANT'), channel: keyOf('CHANNEL') },
				samples: {
					companyId: state.company.id,
					channelJid: whatsapp.jid,
					contactJid: contacts[0] ?? null,
					contactJidOutsideCareWindow: contacts[5] ?? contacts.at(-1) ?? null,
					contactJidWithSentMessage: contacts[2] ?? contacts.at(-1) ?? null,
					blacklistedJid: state.blacklist.get(whatsapp.jid)?.[0] ?? null,
					webchatChannelJid: webchatJid ?? null,
					webchatContactJid: (webchatJid && contactsOf(webchatJid)[0]) ?? null,
					assistantJid: (state.assistants[1] ?? state.assistants[0])?.jid ?? null,
					agentEmail: state.agents[0]?.email ?? null,
					labelJid: state.labels[0]?.jid ?? null,
					teamJid: state.teams[0]?.jid ?? null,
					listJid: state.lists.get(whatsapp.jid)?.[0]?.jid ?? null,
					noteId: (notes?.[0] ?? [...state.notes.values()].flat()[0])?.id ?? null,
					template: template ? { name: template.name, language: template.language, parameters: 3 } : null,
				},
			};
		},
		state: () => ({
			company: state.company,
			channels: state.channels,
			keys: state.keys.map(publicKey),
			contacts: Object.fromEntries([...state.contacts].map(([ch, m]) => [ch, [...m.values()]])),
			conversations: [...state.conversations.values()],
			webhooks: Object.fromEntries(state.webhooks),
			agents: state.agents,
			assistants: state.assistants,
			labels: state.labels,
			teams: state.teams,
			automatedMessages: Object.fromEntries(state.automatedMessages),
			blacklist: Object.fromEntries(state.blacklist),
			lists: Object.fromEntries(state.lists),
			profiles: Object.fromEntries(state.profiles),
			templates: Object.fromEntries(state.templates),
			notes: Object.fromEntries(state.notes),
			unreachableChannels: [...state.unreachableChannels],
		}),
	};
};
