import express, { Router, type NextFunction, type Request, type Response } from 'express';

import { ControlError } from '../../core/control-api';
import type { MockProvider, ProviderFactory } from '../../core/types';
import type { OutgoingMessage } from '../../../schemas/spotler/types.generated';
import { authenticate } from './auth';
import { sendError, sendSpotlerError, SpotlerError } from './errors';
import { emitEvent } from './events';
import { channelRoutes } from './routes/channels';
import { keyRoutes, publicKey } from './routes/keys';
import { ensureConversation, messageRoutes } from './routes/messages';
import { webhookRoutes } from './routes/webhooks';
import { isoNow, messageId, seedState, type SpotlerState } from './state';

/** Spotler Message API v3 (api.eazy.im/v3), served under /spotler. */
export const spotler: ProviderFactory = (ctx): MockProvider => {
	const state: SpotlerState = seedState(ctx.faker);
	const current = () => state;

	const router = Router();
	router.use(express.json({ limit: '1mb' }));
	router.use(authenticate(current));
	router.use(keyRoutes(current));
	router.use(channelRoutes(current));
	router.use(messageRoutes(ctx, current));
	router.use(webhookRoutes(ctx, current));
	router.use((req: Request) => {
		throw new SpotlerError(1009, `No route for ${req.method} ${req.path}`);
	});
	router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
		if (error instanceof SpotlerError) return sendSpotlerError(res, error.code, error.message);
		next(error);
	});

	const whatsapp = state.channels[0];
	const contactsOf = (channelJid: string) => [...state.contacts.get(channelJid)!.keys()];

	/** Control API: what a customer (or the platform) would cause on Spotler's side. */
	async function simulate(kind: string, input: Record<string, unknown>) {
		const channelJid = String(input.channelJid ?? whatsapp.jid);
		const channel = state.channels.find((c) => c.jid === channelJid);
		if (!channel) throw new ControlError(`unknown channel ${channelJid}`, 404);
		const contactJid = String(input.contactJid ?? contactsOf(channel.jid)[0]);
		if (kind === 'message') {
			const message = (input.message as OutgoingMessage | undefined) ?? { type: 'text' as const, body: String(input.body ?? 'Hello, I have a question') };
			const conversation = ensureConversation(ctx, state, channel.jid, contactJid);
			const id = messageId(ctx.faker);
			const createdAt = isoNow();
			conversation.messages.push({ id, direction: 'inbound', message, createdAt });
			conversation.messagesReceived++;
			conversation.lastMessageReceivedAt = createdAt;
			conversation.unreadCount = (conversation.unreadCount ?? 0) + 1;
			conversation.status = 'OPEN';
			const deliveries = await emitEvent(ctx, state, 'message', channel.jid, contactJid, { message: { id, ...message } });
			return { id, channelJid: channel.jid, contactJid, deliveries };
		}
		throw new ControlError(`Spotler cannot simulate "${kind}" (known: message)`, 404);
	}

	return {
		slug: ctx.slug,
		title: 'Spotler Message API v3',
		realBaseUrl: 'https://api.eazy.im/v3',
		router,
		sendError,
		simulate,
		credentials: () => {
			const byScope = (scope: string) => state.keys.find((k) => k.scope === scope)!.token;
			return {
				credential: { baseUrl: ctx.baseUrl(), apiKey: byScope('COMPANY') },
				otherKeys: { assistant: byScope('ASSISTANT'), channel: byScope('CHANNEL') },
				samples: {
					companyId: state.company.id,
					channelJid: whatsapp.jid,
					contactJid: contactsOf(whatsapp.jid)[0],
					contactJidOutsideCareWindow: contactsOf(whatsapp.jid)[5],
					webchatChannelJid: state.channels[1].jid,
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
		}),
	};
};
