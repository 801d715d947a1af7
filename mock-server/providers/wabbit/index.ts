import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';

import { jsonBody } from '../../core/body';
import { simulateFrom } from '../../core/route-table';
import { routeGroup } from '../../core/routes';
import type { MockProvider, ProviderContext, ProviderFactory } from '../../core/types';
import { authenticate } from './auth';
import { DETAIL, WabbitError, sendError, writeWabbitError } from './errors';
import { WabbitEvents } from './events';
import { messageView } from './lookup';
import { authRoutes } from './routes/auth';
import { businessProfileRoutes } from './routes/businessProfile';
import { chatRoutes } from './routes/chat';
import { chatTaggingRoutes } from './routes/chatTagging';
import { contactRoutes } from './routes/contact';
import { groupRoutes } from './routes/group';
import { mediaRoutes } from './routes/media';
import { messageRoutes } from './routes/message';
import { messageTaggingRoutes } from './routes/messageTagging';
import { personRoutes } from './routes/person';
import { savedResponseRoutes } from './routes/savedResponse';
import { tagRoutes } from './routes/tag';
import { templateRoutes } from './routes/template';
import { userActivationRoutes, userRoutes } from './routes/user';
import { webhookRoutes } from './routes/webhook';
import { wabbitSimulations } from './simulations';
import { seedState, type WabbitState } from './state';
import { WABBIT_VARIANTS } from './variants';

/** Fields that are numbers or booleans in the API; form bodies carry them as text. */
const INTEGER_FIELDS = new Set(['tag', 'timestamp', 'assigned_to_user', 'assigned_group', 'user', 'group', 'id']);
const NUMBER_FIELDS = new Set(['latitude', 'longitude']);
const BOOLEAN_FIELDS = new Set(['preview_url', 'force_check', 'can_use_tags']);

function coerce(value: unknown, key = ''): unknown {
	if (Array.isArray(value)) return value.map((v) => coerce(v, key));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, coerce(v, k)]));
	}
	if (typeof value !== 'string') return value;
	if ((INTEGER_FIELDS.has(key) || NUMBER_FIELDS.has(key)) && value.trim() === '') return null;
	if (INTEGER_FIELDS.has(key) && /^-?\d+$/.test(value)) return Number(value);
	if (NUMBER_FIELDS.has(key) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
	if (BOOLEAN_FIELDS.has(key) && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
	return value;
}

/**
 * The doc: request data may be JSON, application/x-www-form-urlencoded or multipart/form-data.
 * Form values are typed by field name; JSON-looking text in a form field (e.g. `extra`) is parsed.
 */
const formFields = (req: Request, _res: Response, next: NextFunction) => {
	if (req.is('application/x-www-form-urlencoded') || req.is('multipart/form-data')) {
		const body = coerce(req.body ?? {}) as Record<string, unknown>;
		for (const [key, value] of Object.entries(body)) {
			if (typeof value === 'string' && /^[[{]/.test(value.trim())) {
				try {
					body[key] = JSON.parse(value);
				} catch {
					// not JSON: keep the text
				}
			}
		}
		req.body = body;
	}
	next();
};

/** JSON and urlencoded bodies (size- and depth-limited); multipart waits for multipartBody, after authentication. */
export function bodyParsers(ctx: ProviderContext): RequestHandler[] {
	return [jsonBody({ limit: '16mb', maxDepth: () => ctx.limits.jsonDepth }), express.urlencoded({ extended: true, limit: '16mb' }), formFields];
}

/**
 * multipart/form-data (uploads up to 16 MB). Mounted after authentication, so a request without
 * valid credentials is refused before its body is read. A malformed multipart body is the
 * client's error: DRF answers 400 "Multipart form parse error".
 */
export function multipartBody(fileSize = 16 * 1024 * 1024): RequestHandler[] {
	const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize, files: 10, fields: 200 } });
	const multipart = (req: Request, res: Response, next: NextFunction) =>
		upload.any()(req, res, (error?: unknown) => next(error ? new WabbitError(400, `Multipart form parse error - ${(error as Error).message}`) : undefined));
	return [multipart, formFields];
}

/**
 * Wabbit WhatsApp Integration API, served under /wabbit: the mock stands for one customer's inbox
 * (https://<inbox>/), so its API lives at /wabbit/api/v1/.
 */
export const wabbit: ProviderFactory = (ctx): MockProvider => {
	const state: WabbitState = seedState(ctx.faker);
	const current = () => state;
	const events = new WabbitEvents(ctx, current);

	const api = Router();
	// Only the public token exchange reads a body before authentication (multipart too, small: two
	// short fields): an unauthenticated caller cannot make the mock parse anything elsewhere.
	api.use('/auth/token/', bodyParsers(ctx), multipartBody(64 * 1024));
	api.use(routeGroup(authRoutes(ctx, current), userActivationRoutes(ctx, current)));
	api.use(authenticate(current));
	api.use(bodyParsers(ctx));
	api.use(multipartBody());
	api.use(
		routeGroup(
			chatRoutes(ctx, current, events),
			messageRoutes(ctx, current, events),
			tagRoutes(ctx, current),
			messageTaggingRoutes(ctx, current, events),
			chatTaggingRoutes(ctx, current, events),
			webhookRoutes(ctx, current),
			savedResponseRoutes(ctx, current),
			templateRoutes(ctx, current),
			groupRoutes(ctx, current),
			mediaRoutes(ctx, current),
			businessProfileRoutes(ctx, current),
			userRoutes(ctx, current),
			personRoutes(ctx, current),
			contactRoutes(ctx, current),
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
		simulate: simulateFrom('Wabbit', wabbitSimulations(ctx, state, events)),
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
