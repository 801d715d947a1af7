import { NodeApiError, type IDataObject, type JsonObject, type IHookFunctions, type INodeType, type INodeTypeDescription, type IWebhookFunctions, type IWebhookResponseData } from 'n8n-workflow';

import type { User, WabaWebhook, WebhookPayload } from '../../schemas/wabbit/types.generated';
import { simplifyProperty, triggerNodeDescription } from '../shared/trigger-node';
import { unknownDeliveryItem } from '../shared/unknown-delivery';
import { registeredWebhook, storedWebhookSecret } from '../shared/webhook-registration';
import { derivedWebhookSecret, secretsMatch } from '../shared/webhook-secret';
import { wabbitTriggerItemToCommon, type WabbitTriggerItem } from './shared/common-message';
import { wabbitApiRequest, wabbitApiRequestAll } from './shared/transport';

/**
 * The doc's only way to authenticate deliveries: a shared secret as a query parameter of the URL
 * (a WABA Webhook has no headers, only `url`). n8n logs webhook paths without the query, and the
 * trigger never puts the query into its items.
 */
export const SECRET_PARAMETER = 'auth';

type EventField = keyof Pick<WebhookPayload, 'incoming_messages' | 'outgoing_messages' | 'assigned_messages' | 'statuses' | 'chat_assignment' | 'chat_tagging' | 'message_tagging'>;

/** The most used first: the node creator lists the trigger's events (by their action) in this order. */
const EVENTS: Array<{ name: string; value: EventField; action: string; description: string }> = [
	{ name: 'Incoming Messages', value: 'incoming_messages', action: 'On new message', description: 'Every message customers send' },
	{ name: 'Statuses', value: 'statuses', action: 'On message status', description: 'Sent, delivered and read statuses of sent messages' },
	{
		name: 'Assigned Messages',
		value: 'assigned_messages',
		action: 'On message in a chat assigned to me',
		description: "New messages in chats assigned to the credential's user, and chats just assigned to them",
	},
	{ name: 'Chat Assignment', value: 'chat_assignment', action: 'On chat assignment', description: 'Anyone changed who a chat is assigned to' },
	{ name: 'Chat Tagging', value: 'chat_tagging', action: 'On chat tagged or untagged', description: 'A tag was added to or removed from a chat' },
	{ name: 'Message Tagging', value: 'message_tagging', action: 'On message tagged or untagged', description: 'A tag was added to or removed from a message' },
	{ name: 'Outgoing Messages', value: 'outgoing_messages', action: 'On outgoing message', description: 'Messages inbox users (or the API) sent' },
];

/** Every member a forwarded delivery may carry: the WABA fields and the Integration API's, deprecated ones too. */
const KNOWN_MEMBERS = new Set<string>([...EVENTS.map((e) => e.value), 'contacts', 'messages', 'errors', 'tagged_messages', 'tagged_chats']);

/**
 * The document says a propagated call is "exactly the same POST call as original WhatsApp Business
 * API webhook" ({contacts, messages, statuses}), while the Integration API's own events come as
 * named arrays. Both are read: raw WABA messages become incoming messages (each paired with its
 * contact by wa_id, never by position) and raw statuses become statuses.
 */
function wabaAsEvents(body: WebhookPayload): Partial<Record<EventField, IDataObject[]>> {
	const raw = body as unknown as { contacts?: Array<{ wa_id?: string; profile?: IDataObject }>; messages?: IDataObject[]; statuses?: IDataObject[] };
	const out: Partial<Record<EventField, IDataObject[]>> = {};
	if (Array.isArray(raw.messages)) {
		const contacts = Array.isArray(raw.contacts) ? raw.contacts : [];
		out.incoming_messages = raw.messages.map((message) => {
			const from = typeof message.from === 'string' ? message.from : undefined;
			const contact = contacts.find((c) => c && c.wa_id === from);
			return {
				id: message.id,
				customer_wa_id: from ?? null,
				from_us: false,
				timestamp: message.timestamp,
				waba_payload: message,
				...(contact ? { contact: { wa_id: contact.wa_id, waba_payload: contact } } : {}),
			} as IDataObject;
		});
	}
	if (Array.isArray(raw.statuses)) out.statuses = raw.statuses;
	return out;
}

/** The credential's user and their WABA webhook, if they have one (Wabbit allows one per user). */
async function currentHook(ctx: IHookFunctions): Promise<{ user: User; hook?: WabaWebhook }> {
	const user = (await wabbitApiRequest.call(ctx, 'GET', '/users/current/')) as User;
	const hooks = (await wabbitApiRequestAll.call(ctx, '/webhooks/waba/')) as WabaWebhook[];
	return { user, hook: hooks.find((h) => h.user.id === user.id) };
}

/** The secret in the registered URL, derived from the credential's own secret (see derivedWebhookSecret for why). */
async function webhookSecret(ctx: IHookFunctions | IWebhookFunctions): Promise<string> {
	const credential = await ctx.getCredentials('wabbitApi');
	const own = { password: credential.password, token: credential.apiToken, d360: credential.d360ApiKey }[String(credential.authentication)];
	return derivedWebhookSecret(String(own ?? credential.password ?? credential.apiToken ?? ''), ctx.getNode().webhookId);
}

function hookUrl(ctx: IHookFunctions, secret: string): string {
	const url = new URL(ctx.getNodeWebhookUrl('default') as string);
	url.searchParams.set(SECRET_PARAMETER, secret);
	return url.toString();
}

/**
 * A failed registration's error without the request it carries (whose body holds the URL, so the
 * secret): n8n logs activation errors. Only the provider's answer and the message are kept.
 */
function registrationError(ctx: IHookFunctions, error: unknown, secret: string): NodeApiError {
	const redact = <T>(value: T): T =>
		JSON.parse(
			JSON.stringify(value ?? null)
				.split(secret)
				.join('***'),
		) as T;
	const e = error as { message?: string; description?: string | null; httpCode?: string | null; context?: { data?: unknown } };
	return new NodeApiError(ctx.getNode(), redact((e.context?.data ?? {}) as JsonObject), {
		message: redact(e.message ?? 'Registering the webhook failed'),
		description: redact(e.description ?? undefined),
		httpCode: e.httpCode ?? undefined,
	});
}

export class WabbitTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerNodeDescription({
			displayName: 'Wabbit Trigger',
			name: 'wabbitTrigger',
			description: 'Starts the workflow when the Wabbit WhatsApp inbox receives a message, a status or another event',
			version: 1,
			credentialType: 'wabbitApi',
			properties: [
				{
					displayName:
						"Wabbit allows one webhook per user: activating this trigger takes over the webhook of the credential's user. Give each workflow its own Wabbit user. Activation also generates a secret that Wabbit sends back as ?auth=... in the URL (its webhooks cannot carry headers); deliveries without it are refused.",
					name: 'notice',
					type: 'notice',
					default: '',
				},
				{
					displayName: 'Events',
					name: 'events',
					type: 'multiOptions',
					required: true,
					default: ['incoming_messages'],
					options: EVENTS,
					description: 'The events that start the workflow. Each message, status or event becomes one item.',
				},
				simplifyProperty("Wabbit's item", "Wabbit's item"),
			],
		}),
		// n8n's scanner reads these only from the class's own literal.
		icon: { light: 'file:wabbit.svg', dark: 'file:wabbit.dark.svg' },
		subtitle: '={{"On " + $parameter["events"].join(", ")}}',
	};

	/** One webhook per user: ours is the credential user's, pointing here with our current secret. */
	webhookMethods = {
		default: registeredWebhook<WabaWebhook>({
			list: async (ctx) => {
				const { hook } = await currentHook(ctx);
				return hook ? [hook] : [];
			},
			idOf: (hook) => hook.id,
			// A secret stored by an earlier version of this node, before the secret was derived, still counts.
			isCurrent: async (ctx, hook, storedSecret) => [await webhookSecret(ctx), storedSecret].filter((s): s is string => !!s).some((secret) => hookUrl(ctx, secret) === hook.url),
			// Wabbit allows one per user: the user's webhook is taken over.
			reusable: (_ctx, hooks) => hooks[0],
			save: async (ctx, existing) => {
				const secret = await webhookSecret(ctx);
				const url = hookUrl(ctx, secret);
				try {
					return existing
						? ((await wabbitApiRequest.call(ctx, 'PUT', `/webhooks/waba/${existing.id}/`, { url })) as WabaWebhook)
						: ((await wabbitApiRequest.call(ctx, 'POST', '/webhooks/waba/', { url })) as WabaWebhook);
				} catch (error) {
					throw registrationError(ctx, error, secret);
				}
			},
			remove: async (ctx, id) => {
				await wabbitApiRequest.call(ctx, 'DELETE', `/webhooks/waba/${id}/`);
			},
		}),
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const query = this.getQueryData() as Record<string, unknown>;
		const givenSecret = query[SECRET_PARAMETER];
		if (!secretsMatch(await webhookSecret(this), givenSecret) && !secretsMatch(storedWebhookSecret(this), givenSecret)) {
			this.getResponseObject().status(401).json({ error: 'Unauthorized: missing or wrong webhook secret' });
			return { noWebhookResponse: true };
		}
		const events = this.getNodeParameter('events') as EventField[];
		const received = this.getBodyData() as unknown;
		const body = (received ?? {}) as WebhookPayload;
		// A body with none of the documented members is passed on as `unknown`; one that only
		// carries events the user did not pick is left out.
		const known = !!received && typeof received === 'object' && !Array.isArray(received) && Object.keys(received).some((k) => KNOWN_MEMBERS.has(k));
		if (!known) return { workflowData: [this.helpers.returnJsonArray([unknownDeliveryItem(this, received)])] };
		const items: IDataObject[] = [];
		const delivered = { ...wabaAsEvents(body), ...body } as WebhookPayload;
		for (const event of events) {
			const value = delivered[event];
			if (Array.isArray(value)) for (const entry of value) items.push({ event, ...(entry as unknown as IDataObject) });
			else if (value && typeof value === 'object') items.push({ event, ...(value as unknown as IDataObject) });
		}
		// A 200 either way: Wabbit counts the delivered messages as received by this user.
		if (items.length === 0) return { webhookResponse: { status: 'ignored' } };
		const output = this.getNodeParameter('simplify', true) ? items.map((item) => wabbitTriggerItemToCommon(item as unknown as WabbitTriggerItem) as unknown as IDataObject) : items;
		return { workflowData: [this.helpers.returnJsonArray(output)] };
	}
}
