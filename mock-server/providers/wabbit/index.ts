import express, { Router, type NextFunction, type Request, type Response } from 'express';

import { ControlError } from '../../core/control-api';
import { routeGroup } from '../../core/routes';
import type { MockProvider, ProviderFactory } from '../../core/types';
import type { WabaStatus } from '../../../schemas/wabbit/types.generated';
import { authenticate } from './auth';
import { bodyParsers, multipartBody } from './body';
import { DETAIL, WabbitError, sendError, writeWabbitError } from './errors';
import { WabbitEvents } from './events';
import { publicRoutes } from './routes/auth';
import { chatRoutes } from './routes/chats';
import { libraryRoutes } from './routes/library';
import { mediaRoutes } from './routes/media';
import { messageRoutes } from './routes/messages';
import { peopleRoutes } from './routes/people';
import { tagRoutes } from './routes/tags';
import { activationRoutes, userRoutes } from './routes/users';
import { webhookRoutes } from './routes/webhooks';
import { initialsOf, nowSeconds, seedState, wabaMessageId, type StoredMessage, type WabbitState } from './state';
import { WABBIT_VARIANTS } from './variants';
import { messageView } from './views';

/**
 * Wabbit WhatsApp Integration API, served under /wabbit: the mock stands for one customer's inbox
 * (https://<inbox>/), so its API lives at /wabbit/api/v1/.
 */
export const wabbit: ProviderFactory = (ctx): MockProvider => {
	const state: WabbitState = seedState(ctx.faker);
	const current = () => state;
	const events = new WabbitEvents(ctx, current);

	const api = Router();
	// Only the public token exchange reads a body before authentication: an unauthenticated caller
	// cannot make the mock parse anything elsewhere.
	api.use('/auth/token/', bodyParsers(ctx));
	api.use(routeGroup(publicRoutes(ctx, current), activationRoutes(ctx, current)));
	api.use(authenticate(current));
	api.use(bodyParsers(ctx));
	api.use(multipartBody());
	api.use(
		routeGroup(
			chatRoutes(ctx, current, events),
			messageRoutes(ctx, current, events),
			tagRoutes(ctx, current, events),
			webhookRoutes(ctx, current),
			libraryRoutes(ctx, current),
			mediaRoutes(ctx, current),
			userRoutes(ctx, current),
			peopleRoutes(ctx, current),
		),
	);

	const router = Router();
	router.use('/api/v1', api);
	router.use(() => {
		throw new WabbitError(404, DETAIL.notFound);
	});
	router.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
		if (error instanceof WabbitError) return writeWabbitError(res, error);
		next(error);
	});

	const person = (input: Record<string, unknown>) => {
		const wa_id = String(input.wa_id ?? [...state.persons.keys()][0]);
		if (!/^\d{6,20}$/.test(wa_id)) throw new ControlError('wa_id must be digits');
		return wa_id;
	};
	const message = (id: unknown): StoredMessage => {
		const found = id === undefined ? state.messages.filter((m) => m.from_us).at(-1) : state.messages.find((m) => m.id === id);
		if (!found) throw new ControlError(`unknown message ${String(id)}`, 404);
		return found;
	};

	/** Control API: what WhatsApp customers (through WABA) cause in the inbox. */
	async function simulate(kind: string, input: Record<string, unknown>) {
		if (kind === 'message') {
			const wa_id = person(input);
			const known = state.persons.get(wa_id);
			const timestamp = nowSeconds();
			const name = String(input.name ?? known?.name ?? wa_id);
			state.persons.set(wa_id, { wa_id, name, last_message_timestamp: timestamp });
			const id = wabaMessageId(ctx.faker, true);
			const stored: StoredMessage = {
				id,
				customer_wa_id: wa_id,
				from_us: false,
				timestamp,
				waba_payload: { from: wa_id, id, timestamp: String(timestamp), type: 'text', text: { body: String(input.text ?? 'Hello, I have a question') } },
				statuses: { sent: 0, delivered: 0, read: 0 },
				senderId: null,
				context: null,
			};
			state.messages.push(stored);
			const { deliveries, ruleEngine } = await events.inbound(stored);
			return { id, wa_id, deliveries, ruleEngine: ruleEngine && { state: ruleEngine.state, response: ruleEngine.response } };
		}
		if (kind === 'status') {
			const target = message(input.message_id);
			const status = String(input.status ?? 'delivered') as WabaStatus['status'];
			if (!['sent', 'delivered', 'read', 'failed'].includes(status)) throw new ControlError('status must be sent, delivered, read or failed');
			if (status !== 'failed') target.statuses[status] = nowSeconds();
			return { id: target.id, status, deliveries: await events.status(target, status) };
		}
		if (kind === 'revoke_token') {
			// An admin deleted the user's token (the Admin Panel can): the next call with it answers 401.
			const user = state.users.find((u) => u.username === String(input.username ?? 'konrad'));
			if (!user) throw new ControlError(`unknown user ${String(input.username)}`, 404);
			for (const [token, id] of state.tokens) if (id === user.id) state.tokens.delete(token);
			return { revoked: user.username };
		}
		if (kind === 'contacts') {
			// More entries in the connected Contact Provider (e.g. to page through /contacts/).
			const count = Number(input.count ?? 1);
			if (!Number.isInteger(count) || count < 1 || count > 1000) throw new ControlError('count must be a whole number from 1 to 1000');
			const provider = state.contactProviders[0];
			for (let i = 0; i < count; i++) {
				const name = ctx.faker.person.fullName();
				provider.results.push({
					name,
					initials: initialsOf(name),
					phone_numbers: [{ phone_number: `+49${ctx.faker.string.numeric(10)}`, description: 'mobile' }],
					email_addresses: [],
					contact_provider: { type: provider.type, name: provider.name, id: provider.id },
				});
			}
			return { total: provider.results.length };
		}
		if (kind === 'verbatim') {
			// A payload exactly as given (e.g. a document's example), POSTed to every registered webhook; the
			// shared secret travels in each webhook's own URL (?auth=), as the document describes.
			if (!input.body || typeof input.body !== 'object') throw new ControlError('body must be a JSON object');
			const headers = input.headers && typeof input.headers === 'object' ? (input.headers as Record<string, string>) : {};
			const deliveries = await Promise.all(
				state.webhooks.map((hook) => ctx.webhooks.deliver({ provider: 'wabbit', event: 'verbatim', url: hook.url, body: input.body, headers })),
			);
			return { deliveries };
		}
		throw new ControlError(`Wabbit cannot simulate "${kind}" (known: message, status, revoke_token, contacts, verbatim)`, 404);
	}

	/** /__control/wabbit/rule-engine: the Hub Admin Panel's "Switch to Custom Rule Engine" form. */
	const controlRouter = Router();
	controlRouter.use(express.json());
	controlRouter.put('/rule-engine', (req, res) => {
		const body = (req.body ?? {}) as { url?: unknown; headers?: unknown };
		if (typeof body.url !== 'string' || !/^https?:\/\//.test(body.url)) {
			res.status(400).json({ error: 'url must be an http(s) URL' });
			return;
		}
		const headers = body.headers && typeof body.headers === 'object' ? (body.headers as Record<string, string>) : {};
		state.ruleEngine = { url: body.url, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)])) };
		res.json({ url: state.ruleEngine.url, headers: Object.keys(state.ruleEngine.headers) });
	});
	controlRouter.delete('/rule-engine', (_req, res) => {
		state.ruleEngine = null;
		res.status(204).end();
	});

	return {
		slug: ctx.slug,
		title: 'Wabbit WhatsApp Integration API',
		realBaseUrl: "the customer's own inbox URL (documented paths begin /api/v1/)",
		router,
		sendError,
		simulate,
		controlRouter,
		variants: WABBIT_VARIANTS,
		authHeaders: () => ({ authorization: `Token ${[...state.tokens].find(([, id]) => id === 1)?.[0] ?? ''}` }),
		credentials: () => {
			const tokenOf = (username: string) => {
				const user = state.users.find((u) => u.username === username);
				return user ? ([...state.tokens].find(([, id]) => id === user.id)?.[0] ?? null) : null;
			};
			const wa_ids = [...state.persons.keys()];
			return {
				credential: { baseUrl: ctx.baseUrl(), authentication: 'password', username: 'konrad', password: state.users[0]?.password ?? null },
				tokens: { admin: tokenOf('konrad'), user: tokenOf('anna'), otherUser: tokenOf('piotr'), app: tokenOf('helpdeskbot') },
				d360ApiKey: state.d360ApiKey,
				users: Object.fromEntries(state.users.map((u) => [u.username, { id: u.id, role: u.role, password: u.password }])),
				samples: {
					waId: wa_ids[0] ?? null,
					waIdAssignedToAnna: wa_ids[1],
					waIdOfAgentsGroup: wa_ids[2],
					waIdOutsideWindow: wa_ids[5],
					inboundMessageId: (state.messages.find((m) => !m.from_us && m.customer_wa_id === wa_ids[0]) ?? state.messages.find((m) => !m.from_us))?.id ?? null,
					adminUserId: 1,
					annaUserId: 2,
					botUserId: 4,
					agentsGroupId: 4,
					tagId: 1,
					templateName: state.templates[0]?.name ?? null,
					d360ApiKey: state.d360ApiKey,
				},
			};
		},
		state: () => ({
			groups: state.groups,
			users: state.users.map(({ password: _p, activationCode: _a, ...u }) => u),
			persons: [...state.persons.values()],
			messages: state.messages.map((m) => messageView(ctx, state, m, 1)),
			assignments: Object.fromEntries(state.assignments),
			assignmentEvents: state.assignmentEvents,
			receivedMarks: Object.fromEntries([...state.receivedMarks].map(([u, m]) => [u, Object.fromEntries(m)])),
			receivedIds: Object.fromEntries([...state.receivedIds].map(([u, ids]) => [u, [...ids]])),
			tags: state.tags,
			messageTaggings: state.messageTaggings,
			chatTaggings: state.chatTaggings,
			messageTaggingEvents: state.messageTaggingEvents,
			chatTaggingEvents: state.chatTaggingEvents,
			webhooks: state.webhooks,
			savedResponses: state.savedResponses,
			templates: state.templates,
			media: [...state.media.values()].map((m) => ({ id: m.id, mimeType: m.mimeType, filename: m.filename, size: m.data.length })),
			businessProfile: state.businessProfile,
			about: state.about,
			photo: state.photo && { mimeType: state.photo.mimeType, filename: state.photo.filename, size: state.photo.data.length },
			ruleEngine: state.ruleEngine && { url: state.ruleEngine.url, headers: Object.keys(state.ruleEngine.headers) },
			ruleEngineLog: state.ruleEngineLog,
			tokenCount: state.tokens.size,
		}),
	};
};
