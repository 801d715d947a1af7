import { randomUUID } from 'node:crypto';

import type { ProviderContext } from '../../core/types';
import type { Delivery } from '../../core/webhook-dispatcher';
import type { WebhookDelivery, WebhookEventName } from '../../../schemas/spotler/types.generated';
import { isoNow, type SpotlerState } from './state';

/**
 * Sends one event to every enabled webhook of the channel that subscribed to it, with the
 * webhook's configured headers (that is how receivers authenticate Spotler's calls).
 */
export async function emitEvent(
	ctx: ProviderContext,
	state: SpotlerState,
	event: WebhookEventName,
	channelJid: string,
	contactJid: string,
	payload: Partial<WebhookDelivery>,
): Promise<Delivery[]> {
	const body: WebhookDelivery = {
		event,
		id: randomUUID(),
		timestamp: isoNow(),
		channel: { jid: channelJid },
		contact: { jid: contactJid },
		...payload,
	};
	const issues = ctx.validator.validate('WebhookDelivery', body);
	if (issues.length) throw new Error(`mock bug: ${event} delivery does not match its schema: ${JSON.stringify(issues)}`);
	const targets = (state.webhooks.get(channelJid) ?? []).filter((w) => w.enabled && w.events.includes(event));
	return Promise.all(
		targets.map((w) =>
			ctx.webhooks.deliver({ provider: 'spotler', event, url: w.url, body, headers: { ...(w.headers ?? {}) } }),
		),
	);
}
