import { Router } from 'express';

import { param, type ProviderContext } from '../../core/types';
import type { Delivery } from '../../core/webhook-dispatcher';
import type { BotWebhookPayload, Message, PlatformName } from '../../../schemas/social25/types.generated';
import { platformOf } from './lookup';
import type { Social25State, StoredConversation } from './state';

const PLATFORMS: PlatformName[] = ['facebook', 'messagebird', 'telegram', 'kik', 'whatsapp', 'sms'];

/** The documented bot payload: the message plus chat_user and the platform as a plain string. */
export function botPayload(state: Social25State, conversation: StoredConversation, message: Message): BotWebhookPayload {
	const { blockedOn: _blockedOn, ...chatUser } = state.users.get(conversation.userId)!;
	return {
		...message,
		outbound: false,
		ext_identifier: message.ext_identifier ?? '',
		tenant_id: state.tenant.id,
		custom_data: null,
		transcribe_enabled: false,
		transcribe_in_progress: false,
		error_log: null,
		chat_user: chatUser,
		platform: platformOf(state, conversation).platform,
	};
}

/** Posts an inbound message to the bot URL of its platform, if one is configured. */
export async function postToBot(ctx: ProviderContext, state: Social25State, conversation: StoredConversation, message: Message): Promise<Delivery | undefined> {
	const body = botPayload(state, conversation, message);
	const issues = ctx.validator.validate('BotWebhookPayload', body);
	if (issues.length) throw new Error(`mock bug: bot payload does not match its schema: ${JSON.stringify(issues)}`);
	const target = state.botUrls.get(body.platform);
	if (!target) return undefined;
	return ctx.webhooks.deliver({ provider: 'social25', event: 'message', url: target.url, body, headers: target.headers });
}

/**
 * Social25 configures bot URLs per platform outside its API (on request); the mock's control API
 * stands in for that: PUT/DELETE /__control/social25/bot-urls/<platform>, GET /__control/social25/bot-urls.
 */
export function botControlRoutes(state: () => Social25State): Router {
	const router = Router();
	router.get('/bot-urls', (_req, res) => {
		res.json(Object.fromEntries(state().botUrls));
	});
	router.put('/bot-urls/:platform', (req, res) => {
		const platform = param(req, 'platform') as PlatformName;
		if (!PLATFORMS.includes(platform)) return void res.status(400).json({ error: `platform must be one of ${PLATFORMS.join(', ')}` });
		const { url, headers } = (req.body ?? {}) as { url?: unknown; headers?: unknown };
		if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return void res.status(400).json({ error: 'url must be an http(s) URL' });
		const entry = { url, headers: headers && typeof headers === 'object' ? (headers as Record<string, string>) : {} };
		state().botUrls.set(platform, entry);
		res.json({ platform, ...entry });
	});
	router.delete('/bot-urls/:platform', (req, res) => {
		state().botUrls.delete(param(req, 'platform'));
		res.status(204).end();
	});
	return router;
}
