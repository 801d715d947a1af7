/**
 * One row per trigger of the package: what the e2e suite needs to know that n8n and the mock do
 * not say themselves. Everything else (credential types, node names, versions, webhook paths,
 * icons, operations) is read from the running server. A trigger that is in the package but has
 * no row here fails the suite ("no e2e row"), so a new trigger cannot go untested silently.
 */
import type { MockControl } from './context';

/** Sample ids from the mock's GET /__control/credentials (`samples`). */
export type Samples = Record<string, any>;

/**
 * How the provider learns n8n's webhook URL:
 * - 'api': the trigger registers it through the provider's API when n8n activates the workflow
 *   (and removes it on deactivation, unless the provider's API cannot: then `keptBecause` says why);
 * - 'console': the user types it into the provider's console; the suite stands in for that
 *   through the mock's control API.
 */
export type Registration =
	{ by: 'api'; registeredUrls(state: any, samples: Samples): string[]; keptBecause?: string } | { by: 'console'; configure(mock: MockControl, webhookUrl: string, samples: Samples): Promise<void> };

export interface WebhookTriggerRow {
	slug: string;
	/** The trigger node's `name` (without the package prefix). */
	node: string;
	parameters(samples: Samples): Record<string, unknown>;
	registration: Registration;
	/** The inbound event: POST /__control/<slug>/simulate/<kind> with this body. */
	simulate: { kind: string; body(samples: Samples): Record<string, unknown> };
	/** The mock's own word that n8n accepted the delivery, from the simulate answer. */
	delivered(simulated: any): boolean;
	/** Checks the trigger's output item for the simulated event. */
	expectTriggerItem(item: any, samples: Samples, simulated: any): void;
	/** The node after the trigger (a reply, an answer) and what it must have changed on the provider. */
	next: {
		node: string;
		parameters: Record<string, unknown> | ((samples: Samples) => Record<string, unknown>);
		expectInState(state: any, samples: Samples, simulated: any): void;
	};
}

const QUESTION = 'Where is my parcel?';
const SOCIAL25_SECRET = 'social25-bot-url-secret-e2e-0123456789';
const byId = (value: unknown) => ({ __rl: true, mode: 'id', value });
const onlyDelivery = (simulated: any) => simulated.delivery?.state === 'delivered';
const allDelivered = (simulated: any) => simulated.deliveries?.length > 0 && simulated.deliveries.every((d: any) => d.state === 'delivered');

export const TRIGGERS: WebhookTriggerRow[] = [
	{
		slug: 'spotler',
		node: 'spotlerTrigger',
		parameters: (s) => ({ channel: byId(s.channelJid), events: ['message'], simplify: false }),
		registration: {
			by: 'api',
			registeredUrls: (state, s) => ((state.webhooks[s.channelJid] ?? []) as Array<{ url: string }>).map((h) => h.url),
		},
		simulate: { kind: 'message', body: () => ({ body: QUESTION }) },
		delivered: allDelivered,
		expectTriggerItem: (item, s) => {
			expect(item).toMatchObject({ event: 'message', contact: { jid: s.contactJid }, message: { type: 'text', body: QUESTION } });
		},
		next: {
			node: 'spotler',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId('={{ $json.channel.jid }}'),
				contact: '={{ $json.contact.jid }}',
				messageType: 'text',
				text: '=You said: {{ $json.message.body }}',
			},
			expectInState: (state, s) => {
				const conversation = (state.conversations as any[]).find((c) => c.contactJid === s.contactJid);
				expect(conversation?.messages.at(-1)).toMatchObject({ direction: 'outbound', message: { type: 'text', body: `You said: ${QUESTION}` } });
			},
		},
	},
	{
		slug: 'mehery',
		node: 'meheryTrigger',
		parameters: () => ({ kinds: ['message'], simplify: false }),
		registration: {
			by: 'api',
			registeredUrls: (state) => (state.account.webhookUrl ? [state.account.webhookUrl] : []),
			keptBecause: "Mehery's API can set the account's webhook URL but not remove it",
		},
		simulate: { kind: 'message', body: (s) => ({ contactId: s.contactId, text: QUESTION }) },
		delivered: onlyDelivery,
		expectTriggerItem: (item, s) => {
			expect(item).toMatchObject({ kind: 'message', type: 'text', contactId: s.contactId, text: { body: QUESTION } });
		},
		next: {
			node: 'mehery',
			parameters: {
				resource: 'message',
				operation: 'send',
				channel: byId('={{ $json.contact.channelId }}'),
				recipientBy: 'contactId',
				recipient: '={{ $json.contactId }}',
				messageType: 'text',
				text: '=You said: {{ $json.text.body }}',
			},
			expectInState: (state, _s, simulated) => {
				const session = (state.sessions as any[]).find((x) => x.sessionId === simulated.sessionId);
				expect(session?.messages.map((m: any) => m.text)).toEqual([QUESTION, `You said: ${QUESTION}`]);
			},
		},
	},
	{
		slug: 'mehery',
		node: 'meheryContactInfoTrigger',
		parameters: () => ({}),
		registration: {
			by: 'console',
			configure: async (mock, url) => {
				await mock.json('PUT', '/__control/mehery/contact-info-url', { url });
			},
		},
		simulate: { kind: 'contactInfo', body: (s) => ({ contactId: s.contactId }) },
		delivered: (simulated) => onlyDelivery(simulated) && simulated.applied === true,
		expectTriggerItem: (item, s) => {
			expect(item).toMatchObject({ contactId: s.contactId, channelId: s.channelId });
		},
		next: {
			node: 'mehery',
			parameters: {
				resource: 'contact',
				operation: 'buildContactInfoAnswer',
				details: { name: '={{ $json.profile.name }} (VIP)', email: 'vip@example.com' },
			},
			expectInState: (state, s) => {
				const contact = (state.contacts as any[]).find((c) => c.contactId === s.contactId);
				expect(contact).toMatchObject({ name: expect.stringMatching(/ \(VIP\)$/), email: 'vip@example.com' });
			},
		},
	},
	{
		slug: 'social25',
		node: 'social25Trigger',
		// Version 2 requires the shared secret; Social25 sends it back as ?secret=... in the bot URL.
		parameters: () => ({ simplify: false, secret: SOCIAL25_SECRET }),
		registration: {
			by: 'console',
			configure: async (mock, url) => {
				await mock.json('PUT', '/__control/social25/bot-urls/whatsapp', { url: `${url}?secret=${SOCIAL25_SECRET}` });
			},
		},
		simulate: { kind: 'message', body: (s) => ({ conversationId: s.whatsappConversationId, text: QUESTION }) },
		delivered: onlyDelivery,
		expectTriggerItem: (item, s) => {
			expect(item).toMatchObject({ conversation_id: s.whatsappConversationId, type: 'TEXT', outbound: false, text: QUESTION });
		},
		next: {
			node: 'social25',
			parameters: {
				resource: 'message',
				operation: 'sendText',
				conversationId: byId('={{ $json.conversation_id }}'),
				text: '=You said: {{ $json.text }}',
			},
			expectInState: (state, s) => {
				const conversation = (state.conversations as any[]).find((c) => c.id === s.whatsappConversationId);
				expect(conversation?.messages.at(-1)).toMatchObject({ outbound: true, text: `You said: ${QUESTION}` });
			},
		},
	},
	{
		slug: 'wabbit',
		node: 'wabbitTrigger',
		parameters: () => ({ events: ['incoming_messages'], simplify: false }),
		registration: {
			by: 'api',
			// The trigger adds its secret as ?auth=... to the URL it registers.
			registeredUrls: (state) => (state.webhooks as Array<{ url: string }>).map((h) => h.url.split('?')[0]),
		},
		simulate: { kind: 'message', body: (s) => ({ wa_id: s.waId, text: QUESTION }) },
		delivered: allDelivered,
		expectTriggerItem: (item, s) => {
			expect(item).toMatchObject({ event: 'incoming_messages', customer_wa_id: s.waId, from_us: false, waba_payload: { text: { body: QUESTION } } });
		},
		next: {
			node: 'wabbit',
			parameters: {
				resource: 'message',
				operation: 'send',
				chat: byId('={{ $json.customer_wa_id }}'),
				messageType: 'text',
				text: '=You said: {{ $json.waba_payload.text.body }}',
			},
			expectInState: (state) => {
				expect(state.messages.at(-1)).toMatchObject({ from_us: true, waba_payload: { text: { body: `You said: ${QUESTION}` } } });
			},
		},
	},
	{
		slug: 'wabbit',
		node: 'wabbitRuleEngineTrigger',
		parameters: () => ({ events: ['incoming_messages'], headerName: 'X-Rule-Engine-Key', headerValue: 'rule-engine-secret-e2e-0123456789' }),
		registration: {
			by: 'console',
			configure: async (mock, url) => {
				await mock.json('PUT', '/__control/wabbit/rule-engine', { url, headers: { 'X-Rule-Engine-Key': 'rule-engine-secret-e2e-0123456789' } });
			},
		},
		simulate: { kind: 'message', body: () => ({ wa_id: '48777000111', name: 'New Customer', text: 'Hi!' }) },
		delivered: (simulated) => simulated.ruleEngine?.state === 'delivered',
		expectTriggerItem: (item, _s, simulated) => {
			expect(item).toMatchObject({ event: 'incoming_messages', message_id: simulated.id, chat_id: '48777000111' });
		},
		next: {
			node: 'wabbit',
			parameters: (s) => ({ resource: 'ruleEngine', operation: 'buildAnswer', assignTo: 'user', user: byId(String(s.botUserId)) }),
			expectInState: (state, s) => {
				expect(state.assignments['48777000111']).toMatchObject({ user: s.botUserId });
			},
		},
	},
];

/** A polling trigger: n8n asks the provider on a schedule (at most every minute) for what is new. */
export interface PollingTriggerRow {
	slug: string;
	node: string;
	parameters(samples: Samples): Record<string, unknown>;
	/** Something new on the provider: POST /__control/<slug>/simulate/<kind> with this body. */
	simulate: { kind: string; body(samples: Samples): Record<string, unknown> };
	/** The provider path n8n's polls call (to tell polls apart in the mock's request log). */
	pollPath: RegExp;
	expectTriggerItem(item: any, samples: Samples, simulated: any): void;
	next: WebhookTriggerRow['next'];
}

const PARLEY_TEXT = 'Is my order on its way? e2e';

export const POLLING_TRIGGERS: PollingTriggerRow[] = [
	{
		slug: 'parley',
		node: 'parleyTrigger',
		parameters: (s) => ({ searchProfile: { __rl: true, mode: 'list', value: s.searchProfile }, simplify: false, pollTimes: { item: [{ mode: 'everyMinute' }] } }),
		simulate: { kind: 'result', body: (s) => ({ searchId: s.searchId, text: PARLEY_TEXT }) },
		// Searches are GET /results/<filters>; single results are GET /results/<id>.
		pollPath: /^\/results\/\D/,
		expectTriggerItem: (item, _s, simulated) => {
			expect(item).toMatchObject({ id: simulated.id, text: PARLEY_TEXT, direction: 'incoming' });
		},
		next: {
			node: 'parley',
			parameters: { resource: 'result', operation: 'reply', resultId: '={{ $json.id }}', message: '=You said: {{ $json.text }}' },
			expectInState: (state, _s, simulated) => {
				const stored = (state.cases as any[]).find((c) => c.id === simulated.caseId);
				expect(stored?.replies.at(-1)).toMatchObject({ resultId: simulated.id, message: `You said: ${PARLEY_TEXT}` });
			},
		},
	},
];
