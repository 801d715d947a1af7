/**
 * The flows `npm run bench` times. Every per-recipient row of this package's nodes has its own
 * baseline: what a user builds without the package, n8n's HTTP Request node (v4.2) posting the
 * same body to the same provider route once per item. broadcast-variant.ts checks that a row and
 * its baseline really sent the same requests (paths and bodies), so the ratio compares like with like.
 *
 * A variant may prepare untimed (create conversations, fetch a token); its `requests` then count
 * only what the timed workflow sent.
 */
import type { ICredentialDataDecryptedObject, IConnections, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { Engine, NodeSpec } from '../../test/harness';

/** One provider's part of what GET /__control/credentials answers (the ids used here are all strings). */
export interface MockProviderCredentials {
	credential: ICredentialDataDecryptedObject & Record<string, string>;
	samples: Record<string, string>;
}

/** What GET /__control/credentials answers, per provider slug (Wabbit's also holds its API tokens by role). */
export type MockCredentials = Record<string, MockProviderCredentials> & { wabbit: MockProviderCredentials & { tokens: Record<string, string> } };

export interface PrepareInput {
	n: number;
	mockUrl: string;
	credentials: MockCredentials;
	engine: Engine;
}

export interface PlanInput extends PrepareInput {
	/** What prepare() returned (each variant knows its shape). */
	prepared: unknown;
}

export interface Plan {
	/** Run in a line, unless `connections` says otherwise; the items enter the first one. */
	nodes: NodeSpec[];
	/** By node name, as n8n stores them; the last node to run gives the output items. */
	connections?: IConnections;
	items: INodeExecutionData[];
}

export interface Expected {
	/** Requests to the provider during the timed run, every route: exactly, or within a range where the count depends on timing. */
	requests: number | { min: number; max: number };
	/** Of those, requests to the send route (`sendRoute`); every one must be answered 2xx/3xx. */
	sends: number;
	/** Output items of the last node. */
	items: number;
}

export interface Variant {
	/** The row's name in the table (for N items). */
	name: string | ((n: number) => string);
	/** Mock slug whose request log counts the HTTP requests made. */
	provider: string;
	/** The key of the HTTP Request row this row's ratio is computed against (a baseline has none). */
	baseline?: string;
	/** Whether the requests must equal the baseline's (false where the baseline sends another shape, e.g. bulk). */
	sameRequestsAsBaseline?: boolean;
	/** Method and a path fragment that pick the send requests out of the provider's request log. */
	sendRoute: (credentials: MockCredentials) => { method: string; path: string };
	expected: (n: number) => Expected;
	credentials: (credentials: MockCredentials) => Record<string, ICredentialDataDecryptedObject>;
	prepare?: (input: PrepareInput) => Promise<unknown>;
	plan: (input: PlanInput) => Plan;
	/** Fields of a logged send body that differ by design on every request (random ids): left out of the comparison. */
	volatileBodyFields?: string[];
}

/** Distinct WhatsApp numbers that the mocks accept (numbers ending in 0000 play "no WhatsApp"). */
export function recipient(i: number): string {
	const local = String(10_000_001 + i * 3).slice(-8);
	return `316${local.endsWith('0000') ? `${local.slice(0, 7)}7` : local}`;
}

/** One broadcast recipient: the phone number with and without "+", and two template values. */
export function recipients(n: number): INodeExecutionData[] {
	return Array.from({ length: n }, (_, i) => ({
		json: { phone: `+${recipient(i)}`, waId: recipient(i), name: `Customer ${i + 1}`, order: `A-${100_000 + i}` },
	}));
}

const rl = (mode: string, value: string) => ({ __rl: true, mode, value });
const mapper = (value: Record<string, string>) => ({ mappingMode: 'defineBelow', value });

/** n8n's HTTP Request node (v4.2) as a user sets it up by hand: one request per item. */
function httpRequest(parameters: { name?: string; method?: string; url: string; headers: Record<string, string>; jsonBody?: string; formBody?: Record<string, string> }): NodeSpec {
	const body: INodeParameters =
		parameters.method === 'GET'
			? {}
			: parameters.formBody
				? {
						sendBody: true,
						contentType: 'form-urlencoded',
						bodyParameters: { parameters: Object.entries(parameters.formBody).map(([name, value]) => ({ name, value })) },
					}
				: { sendBody: true, specifyBody: 'json', jsonBody: parameters.jsonBody ?? '{}' };
	return {
		type: 'n8n-nodes-base.httpRequest',
		name: parameters.name ?? 'HTTP Request',
		typeVersion: 4.2,
		parameters: {
			method: parameters.method ?? 'POST',
			url: parameters.url,
			sendHeaders: true,
			headerParameters: { parameters: Object.entries(parameters.headers).map(([name, value]) => ({ name, value })) },
			...body,
			options: {},
		},
	};
}

/** N sends, each with `perItem` requests in all, plus `fixed` once per run. */
/**
 * Above this many items the HTTP Request baselines run inside Loop Over Items. n8n's HTTP Request
 * node starts every item's request at once (its Batching option only spaces the starts out), so
 * 100,000 items open 100,000 sockets: the run fails with EMFILE at about 20,000 on this machine
 * (and would run out of local ports next). Loop Over Items, 1,000 per batch, is what a user
 * builds for such a list. BENCH_HTTP_LOOP_ABOVE=N moves the threshold (e.g. to try the loop at small N).
 */
export const HTTP_LOOP_ABOVE = Number(process.env.BENCH_HTTP_LOOP_ABOVE ?? 10_000);
const HTTP_LOOP_BATCH = 1_000;

/** The baseline's name, saying when it runs inside Loop Over Items. */
const baselineName = (name: string) => (n: number) => (n > HTTP_LOOP_ABOVE ? `${name}, inside Loop Over Items (${HTTP_LOOP_BATCH.toLocaleString('en-US')} per batch)` : name);

/**
 * A baseline's plan: the HTTP Request node (or a chain of nodes, run in a line) alone, or above
 * HTTP_LOOP_ABOVE items inside Loop Over Items.
 */
function baselinePlan(n: number, items: INodeExecutionData[], chain: NodeSpec | NodeSpec[]): Plan {
	const nodes = Array.isArray(chain) ? chain : [chain];
	if (n <= HTTP_LOOP_ABOVE) return { items, nodes: [{ type: 'n8n-nodes-base.noOp', name: 'Recipients', typeVersion: 1, parameters: {} }, ...nodes] };
	const link = (to: string) => [{ node: to, type: 'main' as const, index: 0 }];
	return {
		items,
		nodes: [
			// The items enter here: Loop Over Items reads where its input came from.
			{ type: 'n8n-nodes-base.noOp', name: 'Recipients', typeVersion: 1, parameters: {} },
			{ type: 'n8n-nodes-base.splitInBatches', name: 'Loop Over Items', typeVersion: 3, parameters: { batchSize: HTTP_LOOP_BATCH, options: {} } },
			...nodes,
			{ type: 'n8n-nodes-base.noOp', name: 'Sent', typeVersion: 1, parameters: {} },
		],
		connections: {
			Recipients: { main: [link('Loop Over Items')] },
			// Output 0 is "done" (every item, once the loop ends), output 1 the next batch.
			'Loop Over Items': { main: [link('Sent'), link(nodes[0].name!)] },
			...Object.fromEntries(nodes.map((node, i) => [node.name!, { main: [link(nodes[i + 1]?.name ?? 'Loop Over Items')] }])),
		},
	};
}

const perItem =
	(requestsPerItem = 1, fixed = 0) =>
	(n: number): Expected => ({ requests: n * requestsPerItem + fixed, sends: n, items: n });

/** GET JSON from the mock on a fresh connection. */
async function getJson<T>(url: string): Promise<T> {
	const response = await fetch(url, { headers: { connection: 'close' } });
	if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
	return (await response.json()) as T;
}

// ---- Spotler: Message › Send with a template, one per recipient -------------------------------

const SPOTLER_TEMPLATE = { name: 'delivery_notification', language: 'en' };
const spotlerSendRoute = (c: MockCredentials) => ({ method: 'POST', path: `/channels/${encodeURIComponent(c.spotler.samples.channelJid)}/messages/` });

// ---- Social25: Initiate Conversations, untimed, for the per-conversation rows ----------------

interface Social25Conversations {
	items: INodeExecutionData[];
}

/** Runs Social25 › Conversation › Initiate for the N recipients (untimed) and pairs each conversation with its recipient. */
async function initiateSocial25({ n, credentials, engine }: PrepareInput): Promise<Social25Conversations> {
	const people = recipients(n);
	const run = await engine.runNode(
		{
			type: 'social25',
			name: 'Initiate',
			parameters: {
				resource: 'conversation',
				operation: 'initiate',
				platform: rl('id', credentials.social25.samples.whatsappPlatformExternalId),
				phoneNumber: '={{ $json.phone }}',
				batchSize: 500,
			},
		},
		people,
	);
	if (run.status !== 'success') throw new Error(`setup: Social25 Initiate Conversations failed: ${run.error?.message}`);
	const items = run.items.map((item, i) => {
		const paired = Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem;
		const index = typeof paired === 'number' ? paired : (paired?.item ?? i);
		const conversationId = item.json.conversation_id;
		if (typeof conversationId !== 'string') throw new Error(`setup: Initiate gave item ${i} no conversation_id: ${JSON.stringify(item.json)}`);
		return { json: { ...people[index].json, conversationId } };
	});
	if (items.length !== n) throw new Error(`setup: Initiate gave ${items.length} conversations for ${n} recipients`);
	return { items };
}

const social25MessagesRoute = (c: MockCredentials) => ({ method: 'POST', path: `/tenants/${c.social25.credential.tenantId}/conversations/` });

// ---- Parley: Result › Reply, cycling over the results that can be replied to -------------------

interface ParleyPrepared {
	results: Array<{ id: number; connectionId: number }>;
	token?: string;
}

async function replyableResults(mockUrl: string): Promise<ParleyPrepared['results']> {
	const state = await getJson<{ results: Array<{ id: number; connectionId: number; replyAvailable?: boolean; source?: string }> }>(`${mockUrl}/__control/parley/state`);
	// WhatsApp results have a shorter reply limit; the replies here are short, but keep to one kind of check.
	const results = state.results.filter((r) => r.replyAvailable === true).map(({ id, connectionId }) => ({ id, connectionId }));
	if (results.length === 0) throw new Error('setup: the Parley mock has no result that can be replied to');
	return results;
}

const parleyItems = (n: number, results: ParleyPrepared['results']): INodeExecutionData[] =>
	recipients(n).map((item, i) => ({ json: { ...item.json, resultId: results[i % results.length].id, connectionId: results[i % results.length].connectionId } }));

const PARLEY_REPLY = '=Thanks {{ $json.name }}, we are on it ({{ $json.order }})';

/** The baselines' set-up: the user fetches a token once (untimed here) and sends it as a header. */
async function parleyWithToken({ mockUrl, credentials }: PrepareInput): Promise<ParleyPrepared> {
	const { clientId, clientSecret, accessTokenUrl } = credentials.parley.credential;
	const response = await fetch(`${accessTokenUrl}?grant_type=client_credentials`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, connection: 'close' },
		body: 'grant_type=client_credentials',
	});
	if (!response.ok) throw new Error(`setup: the Parley token endpoint answered ${response.status}`);
	const token = ((await response.json()) as { access_token: string }).access_token;
	return { results: await replyableResults(mockUrl), token };
}

// ---- Omnichannel Reply: replying to N common-shape Spotler messages ---------------------------

/** The reply's text as an n8n expression (the node) and as JavaScript inside one (the HTTP Request body). */
const REPLY_TEXT = '=Thanks {{ $json.contact.name }}, it arrives tomorrow';
const REPLY_TEXT_JS = "'Thanks ' + $json.contact.name + ', it arrives tomorrow'";

function spotlerInbound(n: number, c: MockCredentials): INodeExecutionData[] {
	const { channelJid, contactJid } = c.spotler.samples;
	// All in one conversation whose customer-care window is open: a text reply is accepted.
	return Array.from({ length: n }, (_, i) => ({
		json: {
			provider: 'spotler',
			channel: 'whatsapp',
			account: channelJid,
			conversationId: contactJid,
			contact: { id: contactJid, name: `Customer ${i + 1}`, phone: null },
			direction: 'inbound',
			messageId: `in-${i}`,
			type: 'text',
			text: 'Where is my parcel?',
			timestamp: new Date(Date.UTC(2025, 0, 1)).toISOString(),
			raw: {},
		},
	}));
}

export const VARIANTS: Record<string, Variant> = {
	// ---- Social25 bulk: the one path that needs no request per recipient -----------------------
	'social25-bulk': {
		name: 'Social25 nodes v2: Initiate Conversations + Send in Bulk (500 per request)',
		provider: 'social25',
		// Compared with the Spotler per-recipient HTTP Request flow: what a user sends without the package.
		baseline: 'spotler-http',
		sameRequestsAsBaseline: false,
		sendRoute: (c) => ({ method: 'POST', path: `/tenants/${c.social25.credential.tenantId}/conversations/messages/bulk/` }),
		// One Initiate and one Send in Bulk request per 500, plus one template list for the run's checks.
		expected: (n) => ({ requests: 2 * Math.ceil(n / 500) + 1, sends: Math.ceil(n / 500), items: n }),
		credentials: (c) => ({ social25Api: c.social25.credential }),
		plan: ({ n, credentials }) => ({
			items: recipients(n),
			nodes: [
				{ type: 'n8n-nodes-base.noOp', name: 'Recipients', typeVersion: 1, parameters: {} },
				{
					type: 'social25',
					name: 'Initiate',
					parameters: {
						resource: 'conversation',
						operation: 'initiate',
						platform: rl('id', credentials.social25.samples.whatsappPlatformExternalId),
						phoneNumber: '={{ $json.phone }}',
						batchSize: 500,
					},
				},
				{
					type: 'social25',
					name: 'Send in Bulk',
					parameters: {
						resource: 'message',
						operation: 'sendBulk',
						conversationId: rl('id', '={{ $json.conversation_id }}'),
						bulkMessageType: 'media_hsm',
						language: credentials.social25.samples.templateLanguage,
						template: rl('name', credentials.social25.samples.templateName),
						templateVariables: mapper({ 1: "={{ $('Recipients').item.json.name }}", 2: "={{ $('Recipients').item.json.order }}" }),
						batchSize: 500,
					},
				},
			],
		}),
	},

	// ---- Spotler -------------------------------------------------------------------------------
	'spotler-node': {
		name: 'Spotler node v2: Message › Send, template, one per recipient',
		provider: 'spotler',
		baseline: 'spotler-http',
		sendRoute: spotlerSendRoute,
		// One template list per run (version 2 checks the template and its variables before sending).
		expected: perItem(1, 1),
		credentials: (c) => ({ spotlerApi: c.spotler.credential }),
		plan: ({ n, credentials }) => ({
			items: recipients(n),
			nodes: [
				{
					type: 'spotler',
					typeVersion: 2,
					parameters: {
						resource: 'message',
						operation: 'send',
						channel: rl('id', credentials.spotler.samples.channelJid),
						contact: '={{ $json.phone }}',
						messageType: 'template',
						template: rl('id', SPOTLER_TEMPLATE.name),
						templateLanguage: SPOTLER_TEMPLATE.language,
						templateVariables: mapper({ 1: '={{ $json.name }}', 2: '={{ $json.order }}', 3: 'Monday' }),
					},
				},
			],
		}),
	},
	'spotler-http': {
		name: baselineName('Spotler route, HTTP Request node 4.2, one POST per recipient'),
		provider: 'spotler',
		sendRoute: spotlerSendRoute,
		expected: perItem(),
		credentials: () => ({}),
		plan: ({ n, credentials }) => {
			const { baseUrl, apiKey } = credentials.spotler.credential;
			const channel = encodeURIComponent(credentials.spotler.samples.channelJid);
			return baselinePlan(
				n,
				recipients(n),
				httpRequest({
					url: `=${baseUrl}/channels/${channel}/messages/{{ encodeURIComponent($json.waId + '@whatsapp.eazy.im') }}`,
					headers: { Authorization: `Bearer ${apiKey}` },
					jsonBody: `={{ JSON.stringify({ message: { type: 'template', template: { name: '${SPOTLER_TEMPLATE.name}', language: '${SPOTLER_TEMPLATE.language}', parameters: [$json.name, $json.order, 'Monday'] } } }) }}`,
				}),
			);
		},
	},

	// The floor: the same Spotler requests, prepared before the run, sent by a node that does nothing
	// else (floor-node.ts). Not a goal row: it shows how much of spotler-node's time is n8n's request layer.
	'spotler-floor': {
		name: "Floor: Spotler's requests prepared beforehand, sent by a node that only sends (n8n's HTTP layer alone)",
		provider: 'spotler',
		baseline: 'spotler-http',
		sendRoute: spotlerSendRoute,
		expected: perItem(),
		credentials: (c) => ({ spotlerApi: c.spotler.credential }),
		plan: ({ n, credentials }) => {
			const channel = encodeURIComponent(credentials.spotler.samples.channelJid);
			const items = recipients(n).map(({ json }) => ({
				json: {
					path: `/channels/${channel}/messages/${encodeURIComponent(`${String(json.waId)}@whatsapp.eazy.im`)}`,
					body: { message: { type: 'template', template: { ...SPOTLER_TEMPLATE, parameters: [json.name, json.order, 'Monday'] } } },
				},
			}));
			return { items, nodes: [{ type: 'bench.floor', name: 'Floor', parameters: {} }] };
		},
	},

	// ---- Wabbit --------------------------------------------------------------------------------
	'wabbit-node': {
		name: 'Wabbit node v2: Message › Send, template, one per recipient',
		provider: 'wabbit',
		baseline: 'wabbit-http',
		sendRoute: () => ({ method: 'POST', path: '/api/v1/messages/' }),
		// The template list (for the namespace and the version 2 checks) is read once per run.
		expected: perItem(1, 1),
		// An API token, as the baseline uses: no login exchange on either side.
		credentials: (c) => ({ wabbitApi: { baseUrl: c.wabbit.credential.baseUrl, authentication: 'token', apiToken: c.wabbit.tokens.admin } }),
		plan: ({ n, credentials }) => ({
			items: recipients(n),
			nodes: [
				{
					type: 'wabbit',
					typeVersion: 2,
					parameters: {
						resource: 'message',
						operation: 'send',
						chat: rl('id', '={{ $json.waId }}'),
						messageType: 'template',
						template: rl('id', credentials.wabbit.samples.templateName),
						languageCode: 'en',
						templateVariables: mapper({ 1: '={{ $json.name }}', 2: '={{ $json.order }}' }),
					},
				},
			],
		}),
	},
	'wabbit-http': {
		name: baselineName('Wabbit route, HTTP Request node 4.2, one POST per recipient'),
		provider: 'wabbit',
		sendRoute: () => ({ method: 'POST', path: '/api/v1/messages/' }),
		expected: perItem(),
		credentials: () => ({}),
		prepare: async ({ mockUrl, credentials }) => {
			// The namespace a user copies from the template once (the node reads it from the template list).
			const state = await getJson<{ templates: Array<{ name: string; language: string; namespace: string }> }>(`${mockUrl}/__control/wabbit/state`);
			const template = state.templates.find((t) => t.name === credentials.wabbit.samples.templateName && t.language === 'en');
			if (!template) throw new Error('setup: no Wabbit template to send');
			return { namespace: template.namespace };
		},
		plan: ({ n, credentials, prepared }) =>
			baselinePlan(
				n,
				recipients(n),
				httpRequest({
					url: `${credentials.wabbit.credential.baseUrl}/api/v1/messages/`,
					headers: { Authorization: `Token ${credentials.wabbit.tokens.admin}` },
					jsonBody: `={{ JSON.stringify({ wa_id: $json.waId, type: 'template', template: { namespace: '${(prepared as { namespace: string }).namespace}', name: '${credentials.wabbit.samples.templateName}', language: { policy: 'deterministic', code: 'en' }, components: [{ type: 'body', parameters: [{ type: 'text', text: $json.name }, { type: 'text', text: $json.order }] }] } }) }}`,
				}),
			),
	},

	// ---- Mehery --------------------------------------------------------------------------------
	'mehery-node': {
		name: 'Mehery node v2: Message › Send, template, one per recipient',
		provider: 'mehery',
		baseline: 'mehery-http',
		sendRoute: () => ({ method: 'POST', path: '/api/v1/message/send' }),
		expected: perItem(1, 1),
		credentials: (c) => ({ meheryApi: c.mehery.credential }),
		plan: ({ n, credentials }) => ({
			items: recipients(n),
			nodes: [
				{
					type: 'mehery',
					typeVersion: 2,
					parameters: {
						resource: 'message',
						operation: 'send',
						channel: rl('id', credentials.mehery.samples.channelId),
						recipientBy: 'phone',
						recipient: '={{ $json.phone }}',
						messageType: 'template',
						template: rl('code', credentials.mehery.samples.templateCode),
						templateLanguage: 'en_US',
						templateVariables: mapper({ name: '={{ $json.name }}', order: '={{ $json.order }}' }),
					},
				},
			],
		}),
	},
	'mehery-http': {
		name: baselineName('Mehery route, HTTP Request node 4.2, one POST per recipient'),
		provider: 'mehery',
		sendRoute: () => ({ method: 'POST', path: '/api/v1/message/send' }),
		expected: perItem(),
		credentials: () => ({}),
		prepare: async ({ mockUrl, credentials }) => {
			// The template id a user copies once (the node looks it up by code).
			const state = await getJson<{ templates: Array<{ id: string; code: string; lang: string }> }>(`${mockUrl}/__control/mehery/state`);
			const template = state.templates.find((t) => t.code === credentials.mehery.samples.templateCode && t.lang === 'en_US');
			if (!template) throw new Error('setup: no Mehery template to send');
			return { templateId: template.id };
		},
		plan: ({ n, credentials, prepared }) => {
			const { baseUrl, apiKey, apiId } = credentials.mehery.credential;
			return baselinePlan(
				n,
				recipients(n),
				httpRequest({
					url: `${baseUrl}/api/v1/message/send`,
					headers: { 'x-api-key': apiKey, 'x-api-id': apiId },
					jsonBody: `={{ JSON.stringify({ channelId: '${credentials.mehery.samples.channelId}', to: { phone: $json.waId }, type: 'template', mask: false, template: { id: '${(prepared as { templateId: string }).templateId}', data: { name: $json.name, order: $json.order }, lang: 'en_US' } }) }}`,
				}),
			);
		},
	},

	// ---- Social25 per conversation -------------------------------------------------------------
	'social25-node': {
		name: 'Social25 node v2: Message › Send WhatsApp Template, one per conversation',
		provider: 'social25',
		baseline: 'social25-http',
		sendRoute: social25MessagesRoute,
		// Version 2 reads the template list (listed per conversation, but the tenant's) once per run
		// and language, then sends.
		expected: perItem(1, 1),
		volatileBodyFields: ['temp_id'],
		credentials: (c) => ({ social25Api: c.social25.credential }),
		prepare: initiateSocial25,
		plan: ({ credentials, prepared }) => ({
			items: (prepared as Social25Conversations).items,
			nodes: [
				{
					type: 'social25',
					typeVersion: 2,
					parameters: {
						resource: 'message',
						operation: 'sendWhatsAppTemplate',
						conversationId: rl('id', '={{ $json.conversationId }}'),
						language: credentials.social25.samples.templateLanguage,
						template: rl('name', credentials.social25.samples.templateName),
						templateVariables: mapper({ 1: '={{ $json.name }}', 2: '={{ $json.order }}' }),
					},
				},
			],
		}),
	},
	'social25-http': {
		name: baselineName('Social25 route, HTTP Request node 4.2, one POST per conversation'),
		provider: 'social25',
		sendRoute: social25MessagesRoute,
		expected: perItem(),
		volatileBodyFields: ['temp_id'],
		credentials: (c) => ({ social25Api: c.social25.credential }),
		prepare: initiateSocial25,
		plan: ({ n, credentials, prepared }) => {
			const { baseUrl, accessToken, tenantId } = credentials.social25.credential;
			const { templateName, templateLanguage } = credentials.social25.samples;
			return baselinePlan(
				n,
				(prepared as Social25Conversations).items,
				httpRequest({
					url: `=${baseUrl}/tenants/${tenantId}/conversations/{{ $json.conversationId }}/messages/`,
					headers: { Authorization: `Bearer ${accessToken}` },
					jsonBody: `={{ JSON.stringify({ type: 'MEDIA_HSM', name: '${templateName}', locale: '${templateLanguage}', components: [{ type: 'body', parameters: [{ type: 'text', text: $json.name }, { type: 'text', text: $json.order }] }] }) }}`,
				}),
			);
		},
	},

	// ---- Parley --------------------------------------------------------------------------------
	'parley-node': {
		name: 'Parley node: Result › Reply, one per result',
		provider: 'parley',
		// The same job: the node reads each result first, as the document asks (replyAvailable), and
		// takes the reply's connection from it. parley-http, the reply alone, is printed beside it.
		baseline: 'parley-http-checked',
		sendRoute: () => ({ method: 'POST', path: '/replies' }),
		// Per item the result (is a reply available, on which connection) and the reply; and one OAuth2
		// token per run (the first item runs alone, so the others find the token in place).
		expected: perItem(2, 1),
		credentials: (c) => ({ parleyOAuth2Api: c.parley.credential }),
		prepare: async ({ mockUrl }) => ({ results: await replyableResults(mockUrl) }),
		plan: ({ n, prepared }) => ({
			items: parleyItems(n, (prepared as ParleyPrepared).results),
			nodes: [
				{
					type: 'parley',
					parameters: { resource: 'result', operation: 'reply', resultId: '={{ $json.resultId }}', message: PARLEY_REPLY },
				},
			],
		}),
	},
	'parley-http': {
		name: baselineName('Parley route, HTTP Request node 4.2, one POST per result'),
		provider: 'parley',
		sendRoute: () => ({ method: 'POST', path: '/replies' }),
		expected: perItem(),
		credentials: () => ({}),
		prepare: parleyWithToken,
		plan: ({ n, credentials, prepared }) =>
			baselinePlan(
				n,
				parleyItems(n, (prepared as ParleyPrepared).results),
				httpRequest({
					url: `=${credentials.parley.credential.baseUrl}/results/{{ $json.resultId }}/replies`,
					headers: { Authorization: `Bearer ${(prepared as ParleyPrepared).token}` },
					formBody: { message: PARLEY_REPLY, connectionId: '={{ $json.connectionId }}', public: 'true' },
				}),
			),
	},

	'parley-http-checked': {
		name: baselineName('Parley route, HTTP Request node 4.2: GET the result, If replyAvailable, POST the reply on its connection'),
		provider: 'parley',
		sendRoute: () => ({ method: 'POST', path: '/replies' }),
		expected: perItem(2),
		credentials: () => ({}),
		prepare: parleyWithToken,
		plan: ({ n, credentials, prepared }) => {
			const { baseUrl } = credentials.parley.credential;
			const headers = { Authorization: `Bearer ${(prepared as ParleyPrepared).token}` };
			// After the GET the item is the answer (the mock's default envelope: data.result); the name and order come from the recipient.
			const recipient = (field: string) => `{{ $('Recipients').item.json.${field} }}`;
			return baselinePlan(n, parleyItems(n, (prepared as ParleyPrepared).results), [
				httpRequest({ name: 'Get Result', method: 'GET', url: `=${baseUrl}/results/{{ $json.resultId }}/noContext`, headers }),
				{
					type: 'n8n-nodes-base.if',
					name: 'Reply Available?',
					typeVersion: 2.2,
					parameters: {
						conditions: {
							options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
							conditions: [{ id: 'reply-available', leftValue: '={{ $json.data.result.replyAvailable }}', rightValue: '', operator: { type: 'boolean', operation: 'true', singleValue: true } }],
							combinator: 'and',
						},
						options: {},
					},
				},
				httpRequest({
					url: `=${baseUrl}/results/{{ $json.data.result.id }}/replies`,
					headers,
					formBody: { message: `=Thanks ${recipient('name')}, we are on it (${recipient('order')})`, connectionId: '={{ $json.data.result.connectionId }}', public: 'true' },
				}),
			]);
		},
	},

	// ---- Omnichannel Reply ---------------------------------------------------------------------
	'omnichannel-reply': {
		name: 'Omnichannel Reply v2: text reply to Spotler messages, one per item',
		provider: 'spotler',
		baseline: 'omnichannel-http',
		sendRoute: spotlerSendRoute,
		expected: perItem(),
		credentials: (c) => ({ spotlerApi: c.spotler.credential }),
		plan: ({ n, credentials }) => ({
			items: spotlerInbound(n, credentials),
			nodes: [{ type: 'omnichannelReply', typeVersion: 2, parameters: { replyType: 'text', text: REPLY_TEXT } }],
		}),
	},
	'omnichannel-http': {
		name: baselineName('Spotler route (text reply), HTTP Request node 4.2, one POST per item'),
		provider: 'spotler',
		sendRoute: spotlerSendRoute,
		expected: perItem(),
		credentials: () => ({}),
		plan: ({ n, credentials }) => {
			const { baseUrl, apiKey } = credentials.spotler.credential;
			return baselinePlan(
				n,
				spotlerInbound(n, credentials),
				httpRequest({
					url: `=${baseUrl}/channels/{{ encodeURIComponent($json.account) }}/messages/{{ encodeURIComponent($json.contact.id) }}`,
					headers: { Authorization: `Bearer ${apiKey}` },
					jsonBody: `={{ JSON.stringify({ message: { type: 'text', body: ${REPLY_TEXT_JS} } }) }}`,
				}),
			);
		},
	},
};
