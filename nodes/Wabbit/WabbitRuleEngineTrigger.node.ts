import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { RetrieveMessage, WebhookPayload } from '../../schemas/wabbit/types.generated';
import { triggerNodeDescription } from '../shared/trigger-node';
import { unknownDeliveryItem } from '../shared/unknown-delivery';
import { refusedWithoutSecret, requiredSecretProperty, secretRequiredWebhookMethods, type SecretRequirement } from '../shared/unregistered-webhook';

type RuleEvent = 'incoming_messages' | 'outgoing_messages' | 'message_tagging' | 'chat_tagging';

/** What the Rule Engine answers when the workflow does not run: no assignment. */
const NO_ASSIGNMENT = { assignment: [] };

function messageItem(event: RuleEvent, message: RetrieveMessage | IDataObject): IDataObject {
	const m = message as IDataObject & { waba_payload?: IDataObject };
	// RetrieveMessage carries customer_wa_id; a raw WABA message (the doc's flow example) has `from`.
	const raw = m.waba_payload === undefined;
	return {
		event,
		message_id: String(m.id ?? m.waba_payload?.id ?? ''),
		chat_id: String(raw ? m.from : (m.customer_wa_id ?? m.waba_payload?.from ?? m.waba_payload?.to ?? '')),
		...(raw ? { waba_payload: m } : m),
	};
}

/** One item per message or tagging the Integration API asks about, whichever payload form it uses. */
function itemsOf(body: WebhookPayload, events: Set<RuleEvent>): IDataObject[] {
	const items: IDataObject[] = [];
	if (events.has('incoming_messages')) {
		const incoming = body.incoming_messages ?? (body.messages as IDataObject[] | undefined);
		for (const m of incoming ?? []) items.push(messageItem('incoming_messages', m));
	}
	if (events.has('outgoing_messages')) for (const m of body.outgoing_messages ?? []) items.push(messageItem('outgoing_messages', m));
	if (events.has('message_tagging')) {
		const tagged = (body.tagged_messages ?? []) as Array<{ message?: RetrieveMessage; new_tag?: IDataObject }>;
		if (body.message_tagging) {
			const chat = tagged.find((t) => t.message?.id === body.message_tagging!.message)?.message?.customer_wa_id;
			items.push({ event: 'message_tagging', message_id: body.message_tagging.message, chat_id: chat ?? '', ...(body.message_tagging as unknown as IDataObject) });
		} else {
			// The deprecated form: {"tagged_messages": [{"message": {...}, "new_tag": {...}}]}
			for (const t of tagged) items.push({ ...messageItem('message_tagging', t.message ?? {}), tag: t.new_tag ?? null, action: 'added' });
		}
	}
	if (events.has('chat_tagging')) {
		const tagged = (body.tagged_chats ?? []) as Array<{ chat?: { wa_id?: string }; new_tag?: IDataObject }>;
		if (body.chat_tagging) items.push({ event: 'chat_tagging', message_id: '', chat_id: body.chat_tagging.chat, ...(body.chat_tagging as unknown as IDataObject) });
		else for (const t of tagged) items.push({ event: 'chat_tagging', message_id: '', chat_id: t.chat?.wa_id ?? '', chat: t.chat ?? null, tag: t.new_tag ?? null, action: 'added' });
	}
	return items;
}

/** The members a Rule Engine call may carry, current and deprecated forms alike. */
const KNOWN_MEMBERS = ['incoming_messages', 'messages', 'outgoing_messages', 'message_tagging', 'chat_tagging', 'tagged_messages', 'tagged_chats'];

function isKnownPayload(body: unknown): boolean {
	return !!body && typeof body === 'object' && !Array.isArray(body) && KNOWN_MEMBERS.some((m) => (body as IDataObject)[m] !== undefined);
}

/** Version 2 requires the Header Value, both to activate and in every call. */
const HEADER_VALUE: SecretRequirement = {
	parameter: 'headerValue',
	sinceVersion: 2,
	message: 'Set a Header Value before activating',
	description:
		"Without it anyone who learns the URL could decide chat assignments. Choose a long random string, put it in Header Value, and enter the same header name and value in the Hub's Rule Engine form.",
};

export class WabbitRuleEngineTrigger implements INodeType {
	description: INodeTypeDescription = {
		...triggerNodeDescription({
			displayName: 'Wabbit Rule Engine Trigger',
			name: 'wabbitRuleEngineTrigger',
			description: "Makes the workflow the WhatsApp inbox's custom Rule Engine: it decides who each new chat or tagged message is assigned to",
			// Version 2 requires the header value; version 1 (saved workflows) keeps it optional.
			version: [1, 2],
			defaultVersion: 2,
			webhook: { responseMode: 'lastNode', responseData: 'firstEntryJson', path: 'rule-engine' },
			properties: [
				{
					displayName:
						"In the Wabbit Hub Admin Panel, open Rule Engine → Switch to Custom Rule Engine and enter this node's production URL (and the header below). End the workflow with Wabbit → Rule Engine → Build Answer: its output is the answer Wabbit applies.",
					name: 'notice',
					type: 'notice',
					default: '',
				},
				{
					displayName: 'Events',
					name: 'events',
					type: 'multiOptions',
					required: true,
					default: ['incoming_messages', 'message_tagging', 'chat_tagging'],
					// The most used first: the node creator lists the events (by their action) in this order.
					options: [
						{ name: 'Incoming Messages', value: 'incoming_messages', action: 'On new message to assign', description: 'A new message arrived from WhatsApp' },
						{ name: 'Message Tagging', value: 'message_tagging', action: 'On message tagged', description: 'A message was tagged, e.g. "Agent needed"' },
						{ name: 'Chat Tagging', value: 'chat_tagging', action: 'On chat tagged', description: 'A chat was tagged (items carry chat_id)' },
						{ name: 'Outgoing Messages', value: 'outgoing_messages', action: 'On outgoing message', description: 'An inbox user wrote a message' },
					],
					description: 'Calls about other events are answered with no assignment, without running the workflow',
				},
				{
					displayName: 'Header Name',
					name: 'headerName',
					type: 'string',
					default: 'Authorization',
					description: 'A header the Hub sends with every call (set it in the Rule Engine form). Version 1 of this node accepts calls without it when Header Value is empty.',
				},
				{
					displayName: 'Header Value',
					name: 'headerValue',
					type: 'string',
					typeOptions: { password: true },
					default: '',
					description: 'Calls without this exact value are refused with 401 and do not run the workflow',
					displayOptions: { show: { '@version': [1] } },
				},
				requiredSecretProperty(
					HEADER_VALUE,
					'Header Value',
					'A long random string of your choice; enter the same header name and value in the Rule Engine form. Calls without it are refused with 401 and do not run the workflow; the workflow cannot be activated without it.',
				),
			],
		}),
		// n8n's scanner reads these only from the class's own literal.
		icon: { light: 'file:wabbit.svg', dark: 'file:wabbit.dark.svg' },
		subtitle: '={{"On " + $parameter["events"].join(", ")}}',
	};

	// Wabbit has no API to register a Rule Engine (it is set in the Hub Admin Panel, as the node's
	// notice says), so activation has nothing to register or remove on Wabbit's side; from
	// version 2 on it only checks that a header value is set.
	webhookMethods = secretRequiredWebhookMethods(HEADER_VALUE);

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const headerName = () => String(this.getNodeParameter('headerName', 'Authorization') ?? '').toLowerCase();
		const presented = () => [(this.getHeaderData() as Record<string, unknown>)[headerName()]];
		if (refusedWithoutSecret(this, HEADER_VALUE, presented, () => `Unauthorized: missing or wrong ${headerName()} header`)) return { noWebhookResponse: true };
		const events = new Set(this.getNodeParameter('events') as RuleEvent[]);
		const body = this.getBodyData() as unknown;
		// A call in none of the documented forms runs the workflow as an `unknown` item, so the
		// workflow decides (and it shows in the executions) instead of Wabbit silently getting no assignment.
		if (!isKnownPayload(body)) return { workflowData: [this.helpers.returnJsonArray([unknownDeliveryItem(this, body)])] };
		const items = itemsOf(body as WebhookPayload, events);
		if (items.length === 0) return { webhookResponse: NO_ASSIGNMENT };
		return { workflowData: [this.helpers.returnJsonArray(items)] };
	}
}
