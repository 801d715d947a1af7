import { randomUUID } from 'node:crypto';

import type { ProviderContext } from '../../core/types';
import type { Delivery } from '../../core/webhook-dispatcher';
import type { WebhookEventName } from '../../../schemas/spotler/types.generated';
import { isoNow, type SpotlerState } from './state';

/**
 * Sends one event to every enabled webhook of the channel that subscribed to it, with the
 * webhook's configured headers (that is how receivers authenticate Spotler's calls). The body
 * is the package's assumed envelope (webhook-event.schema.json); `member` is the event-specific
 * part, e.g. { message: {...} } or { receipt: {...} }. `contactJid` is null for events about no
 * single contact (template_pack, custom without a contact).
 */
export async function emitEvent(
	ctx: ProviderContext,
	state: SpotlerState,
	event: WebhookEventName,
	channelJid: string,
	contactJid: string | null,
	member: Record<string, unknown>,
): Promise<Delivery[]> {
	const body: Record<string, unknown> = {
		event,
		id: randomUUID(),
		timestamp: isoNow(),
		channel: { jid: channelJid },
		...(contactJid ? { contact: { jid: contactJid } } : {}),
		...member,
	};
	const issues = ctx.validator.validate('WebhookDelivery', body);
	if (issues.length) throw new Error(`mock bug: ${event} delivery does not match its schema: ${JSON.stringify(issues)}`);
	const targets = (state.webhooks.get(channelJid) ?? []).filter((w) => w.enabled && w.events.includes(event));
	return Promise.all(targets.map((w) => ctx.webhooks.deliver({ provider: 'spotler', event, url: w.url, body, headers: { ...(w.headers ?? {}) } })));
}

/** Whether an enabled webhook of the channel subscribed to the event (someone to deliver it to). */
export function subscribed(state: SpotlerState, event: WebhookEventName, channelJid: string): boolean {
	return (state.webhooks.get(channelJid) ?? []).some((w) => w.enabled && w.events.includes(event));
}

/**
 * For events an API call causes: the call answers first, deliveries follow in the background.
 * With no webhook subscribed to the event (the usual case for a send's echo) there is nothing to
 * build, check or deliver.
 */
export function emitInBackground(...args: Parameters<typeof emitEvent>): void {
	const [, state, event, channelJid] = args;
	if (!subscribed(state, event, channelJid)) return;
	emitEvent(...args).catch((error) => console.error('[mock:spotler]', error));
}
