import { NodeOperationError, type IDataObject, type IHookFunctions, type INodeType, type INodeTypeDescription, type IWebhookFunctions, type IWebhookResponseData } from 'n8n-workflow';

import type { Webhook, WebhookDelivery, WebhookEventName } from '../../schemas/spotler/types.generated';
import { simplifyProperty, triggerNodeDescription } from '../shared/trigger-node';
import { unknownDeliveryItem } from '../shared/unknown-delivery';
import { registeredWebhook, storedWebhookSecret } from '../shared/webhook-registration';
import { derivedWebhookSecret, secretsMatch } from '../shared/webhook-secret';
import { getChannels } from './listSearch/getChannels';
import { spotlerDeliveryToCommon } from './shared/common-message';
import { channelLocator } from './shared/descriptions';
import { WEBHOOK_EVENTS } from './shared/events';
import { jidPath, toChannelJid } from './shared/jid';
import { spotlerApiRequest } from './shared/transport';

/** Spotler sends the webhook's configured headers with every delivery; this one carries our secret. */
export const SECRET_HEADER = 'x-omnichannel-secret';

/** The secret registered with Spotler for this node (see derivedWebhookSecret for why it is derived). */
async function webhookSecret(ctx: IHookFunctions | IWebhookFunctions): Promise<string> {
	const { apiKey } = await ctx.getCredentials('spotlerApi');
	return derivedWebhookSecret(String(apiKey), ctx.getNode().webhookId);
}

/** The chosen channel's webhooks, as a path. */
function webhooksPath(ctx: IHookFunctions): string {
	return `/channels/${jidPath(channelJidOf(ctx))}/webhooks`;
}

function channelJidOf(ctx: IHookFunctions): string {
	const value = String(ctx.getNodeParameter('channel', undefined, { extractValue: true }) ?? '');
	try {
		return toChannelJid(value);
	} catch (error) {
		// toChannelJid only throws JidError: the value is neither a JID nor a phone number.
		throw new NodeOperationError(ctx.getNode(), `Channel: ${(error as Error).message}`);
	}
}

const KNOWN_EVENTS = new Set<string>(WEBHOOK_EVENTS.map((e) => e.value));

function sameEvents(a: string[], b: string[]): boolean {
	return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

export class SpotlerTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerNodeDescription({
			displayName: 'Spotler Trigger',
			name: 'spotlerTrigger',
			description: 'Starts the workflow when Spotler reports a message or another event on a channel: WhatsApp, Apple Messages, Messenger, Instagram, Twitter, Viber, LINE, web chat or SMS',
			version: 1,
			credentialType: 'spotlerApi',
			properties: [
				channelLocator,
				{
					displayName: 'Events',
					name: 'events',
					type: 'multiOptions',
					required: true,
					default: ['message'],
					options: WEBHOOK_EVENTS,
					description: 'The events to receive. Activating the workflow registers a Spotler webhook for exactly these.',
				},
				simplifyProperty('the delivery', "Spotler's delivery"),
			],
		}),
		// n8n's scanner reads these only from the class's own literal.
		icon: { light: 'file:spotler.svg', dark: 'file:spotler.dark.svg' },
		subtitle: '={{"On " + $parameter["events"].join(", ")}}',
	};

	methods = {
		listSearch: { getChannels },
	};

	webhookMethods = {
		default: registeredWebhook<Webhook>({
			list: async (ctx) => (await spotlerApiRequest.call(ctx, 'GET', webhooksPath(ctx))) as Webhook[],
			idOf: (hook) => hook.id,
			/** Only when Spotler already has our webhook with the same events and our current secret. */
			isCurrent: async (ctx, hook) =>
				hook.url === ctx.getNodeWebhookUrl('default') &&
				hook.enabled &&
				sameEvents(hook.events, ctx.getNodeParameter('events') as string[]) &&
				secretsMatch(await webhookSecret(ctx), hook.headers?.[SECRET_HEADER]),
			/** A webhook that already points here is updated (events and secret) instead of adding a second one. */
			reusable: (ctx, hooks) => hooks.find((hook) => hook.url === ctx.getNodeWebhookUrl('default')),
			async save(ctx, existing) {
				const events = ctx.getNodeParameter('events') as WebhookEventName[];
				if (events.length === 0) throw new NodeOperationError(ctx.getNode(), 'Events: pick at least one event');
				const body = { url: ctx.getNodeWebhookUrl('default') as string, events, enabled: true, headers: { [SECRET_HEADER]: await webhookSecret(ctx) } };
				return existing
					? ((await spotlerApiRequest.call(ctx, 'PATCH', `${webhooksPath(ctx)}/${existing.id}`, body)) as Webhook)
					: ((await spotlerApiRequest.call(ctx, 'POST', webhooksPath(ctx), body)) as Webhook);
			},
			async remove(ctx, id) {
				await spotlerApiRequest.call(ctx, 'DELETE', `${webhooksPath(ctx)}/${id}`);
			},
		}),
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const headers = this.getHeaderData() as Record<string, unknown>;
		const received = headers[SECRET_HEADER];
		// The stored secret: a webhook registered by an earlier version of this node, before the secret was derived.
		if (!secretsMatch(await webhookSecret(this), received) && !secretsMatch(storedWebhookSecret(this), received)) {
			// Spotler retries anything but a 200 forever: refuse by not running, and still answer 200.
			return { webhookResponse: { status: 'refused', reason: 'missing or wrong webhook secret' } };
		}
		const events = new Set(this.getNodeParameter('events') as string[]);
		const body = this.getBodyData() as unknown;
		// The doc defines no payload: only a known event the user did not pick is left out; anything
		// without a recognisable event is passed on as `unknown` (Spotler only sends what we registered).
		const deliveries: WebhookDelivery[] = [];
		const unknown: IDataObject[] = [];
		for (const element of Array.isArray(body) ? body : [body]) {
			const event = (element as { event?: unknown } | null)?.event;
			if (typeof event === 'string' && KNOWN_EVENTS.has(event)) {
				if (events.has(event)) deliveries.push(element as WebhookDelivery);
			} else {
				unknown.push(unknownDeliveryItem(this, element));
			}
		}
		if (deliveries.length === 0 && unknown.length === 0) return { webhookResponse: { status: 'ignored' } };
		const output = this.getNodeParameter('simplify', true) ? deliveries.map(spotlerDeliveryToCommon) : deliveries;
		return { workflowData: [this.helpers.returnJsonArray([...(output as unknown as IDataObject[]), ...unknown])] };
	}
}
