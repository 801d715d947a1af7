import { Router, type NextFunction, type Request, type Response } from 'express';

import { jsonBody } from '../../core/body';
import { simulateFrom } from '../../core/route-table';
import { routeGroup } from '../../core/routes';
import type { MockProvider, ProviderFactory } from '../../core/types';
import { authenticate } from './auth';
import { sendError, sendSpotlerError, SpotlerError } from './errors';
import { apiKeyRoutes, publicKey } from './routes/apiKey';
import { channelRoutes } from './routes/channel';
import { companyRoutes } from './routes/company';
import { contactRoutes } from './routes/contact';
import { conversationRoutes } from './routes/conversation';
import { listRoutes } from './routes/list';
import { messageRoutes } from './routes/message';
import { templateRoutes } from './routes/template';
import { webhookRoutes } from './routes/webhook';
import { spotlerSimulations } from './simulations';
import { conversationKey, seedState, type SpotlerState } from './state';

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
			apiKeyRoutes(ctx, current),
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

	return {
		slug: ctx.slug,
		title: 'Spotler Message API v3',
		realBaseUrl: 'https://api.eazy.im/v3',
		router,
		sendError,
		simulate: simulateFrom('Spotler', spotlerSimulations(ctx, state)),
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
