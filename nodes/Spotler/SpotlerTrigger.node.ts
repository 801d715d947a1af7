import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	type JsonObject,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import type { Webhook, WebhookDelivery, WebhookEventName } from '../../schemas/spotler/types.generated';
import { unknownDeliveryItem } from '../shared/unknown-delivery';
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

interface TriggerStaticData extends IDataObject {
	webhookId?: string;
	secret?: string;
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
		displayName: 'Spotler Trigger',
		name: 'spotlerTrigger',
		icon: { light: 'file:spotler.svg', dark: 'file:spotler.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"On " + $parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Spotler reports a message or another event on a channel: WhatsApp, Apple Messages, Messenger, Instagram, Twitter, Viber, LINE, web chat or SMS',
		defaults: { name: 'Spotler Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'spotlerApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
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
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description:
					'Whether to output the common message shape shared by every provider of this package (the delivery stays under "raw"), instead of Spotler\'s delivery as is',
			},
		],
	};

	methods = {
		listSearch: { getChannels },
	};

	webhookMethods = {
		default: {
			/** True only when Spotler already has our webhook with the same events and our current secret. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as TriggerStaticData;
				const url = this.getNodeWebhookUrl('default');
				const events = this.getNodeParameter('events') as string[];
				const secret = await webhookSecret(this);
				const hooks = await spotlerApiRequest.call(this, 'GET', `/channels/${jidPath(channelJidOf(this))}/webhooks`) as Webhook[];
				const match = hooks.find(
					(h) =>
						h.url === url &&
						h.enabled &&
						sameEvents(h.events, events) &&
						secretsMatch(secret, h.headers?.[SECRET_HEADER]),
				);
				if (!match) return false;
				data.webhookId = match.id;
				return true;
			},
			/** Reuses a webhook that already points here (updating events and secret) instead of adding a second one. */
			async create(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as TriggerStaticData;
				const channelPath = `/channels/${jidPath(channelJidOf(this))}/webhooks`;
				const url = this.getNodeWebhookUrl('default') as string;
				const events = this.getNodeParameter('events') as WebhookEventName[];
				if (events.length === 0) throw new NodeOperationError(this.getNode(), 'Events: pick at least one event');
				const secret = await webhookSecret(this);
				const body = { url, events, enabled: true, headers: { [SECRET_HEADER]: secret } };
				const hooks = await spotlerApiRequest.call(this, 'GET', channelPath) as Webhook[];
				const existing = hooks.find((h) => h.url === url);
				const saved = existing
					? await spotlerApiRequest.call(this, 'PATCH', `${channelPath}/${existing.id}`, body) as Webhook
					: await spotlerApiRequest.call(this, 'POST', channelPath, body) as Webhook;
				data.webhookId = saved.id;
				// A secret kept by an earlier version of this node is no longer needed.
				delete data.secret;
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const data = this.getWorkflowStaticData('node') as TriggerStaticData;
				if (data.webhookId) {
					try {
						await spotlerApiRequest.call(this, 'DELETE', `/channels/${jidPath(channelJidOf(this))}/webhooks/${data.webhookId}`);
					} catch (error) {
						// Already gone on Spotler's side is fine; anything else is worth reporting.
						if (String((error as { httpCode?: string }).httpCode) !== '404') throw new NodeApiError(this.getNode(), error as JsonObject);
					}
				}
				delete data.webhookId;
				delete data.secret;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const data = this.getWorkflowStaticData('node') as TriggerStaticData;
		const headers = this.getHeaderData() as Record<string, unknown>;
		const received = headers[SECRET_HEADER];
		// data.secret: a webhook registered by an earlier version of this node, before the secret was derived.
		if (!secretsMatch(await webhookSecret(this), received) && !secretsMatch(data.secret, received)) {
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
