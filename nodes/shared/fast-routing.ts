import {
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteFunctions,
	type IExecuteSingleFunctions,
	type INode,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
	type PostReceiveAction,
	type PreSendAction,
} from 'n8n-workflow';

import { batchingOf, forEachItem } from './batching';
import { plainParameterReader, type ItemAnswers, type PlainParameterReader } from './plain-expressions';
import { DEFAULT_TIMEOUT_MS, followsRedirects, RateGate, withRetries } from './request-pipeline';
import { attachRunMemo, type RunMemo } from './run-memo';
import { apiBaseUrl, type ProviderApi } from './transport';

/**
 * The fast path for the hot operations (every provider's Message › Send and its kin).
 *
 * n8n's RoutingNode builds each item's request by walking every property of the node and
 * evaluating each one for the item: hundreds of parameters, about 5 ms per item, before a byte
 * is sent. These operations already build their whole request in their own preSend functions,
 * so the fast path runs exactly the operation's declared routing (request, preSend, postReceive)
 * and nothing else: the same functions, the same per-item checks, the same output and errors.
 * A test checks that no other property shown for a fast operation carries routing, so nothing
 * RoutingNode would have added is skipped; another runs each through both paths and compares.
 *
 * What it adds: the credential and lookups such as a template list are read once per run (not
 * once per item), items go out several at a time under Request Options (Parallel Requests,
 * Batching), and every request goes through the request pipeline with one RateGate per run.
 */

interface Route {
	method: IHttpRequestMethods;
	url: string;
	preSend: PreSendAction[];
	postReceive: PostReceiveFunction[];
}

type PostReceiveFunction = Extract<PostReceiveAction, (...args: never[]) => unknown>;

function shownFor(property: INodeProperties, resource: string): boolean {
	const show = property.displayOptions?.show?.resource;
	return !show || (show as unknown[]).includes(resource);
}

/** The routing n8n would merge for this resource and operation: the two selectors and their chosen options. */
export function routeOf(description: INodeTypeDescription, resource: string, operation: string): Route {
	const resourceProperty = description.properties.find((p) => p.name === 'resource');
	const operationProperty = description.properties.find((p) => p.name === 'operation' && shownFor(p, resource));
	const resourceOption = (resourceProperty?.options as INodePropertyOptions[] | undefined)?.find((o) => o.value === resource);
	const operationOption = (operationProperty?.options as INodePropertyOptions[] | undefined)?.find((o) => o.value === operation);
	if (!resourceProperty || !operationProperty || !operationOption) throw new Error(`${description.name} has no ${resource} › ${operation}`);
	const route: Route = { method: 'GET', url: '', preSend: [], postReceive: [] };
	for (const routing of [resourceProperty.routing, resourceOption?.routing, operationProperty.routing, operationOption.routing]) {
		if (!routing) continue;
		if (routing.request?.method) route.method = routing.request.method;
		if (routing.request?.url !== undefined) route.url = String(routing.request.url);
		// An expression URL would need n8n's expression engine per item: preSend builds paths instead.
		if (route.url.startsWith('=')) throw new Error(`${description.name} ${resource} › ${operation}: the URL is an expression`);
		route.preSend.push(...(routing.send?.preSend ?? []));
		for (const action of routing.output?.postReceive ?? []) {
			// Declarative postReceive steps would need n8n's expression engine: the fast path takes functions only.
			if (typeof action !== 'function') throw new Error(`${description.name} ${resource} › ${operation}: postReceive "${action.type}" is not a function`);
			route.postReceive.push(action as PostReceiveFunction);
		}
	}
	return route;
}

/**
 * The run's credentials, each read once (n8n decrypts, and in a real n8n loads, a credential on
 * every read: once per request). A token n8n refreshes lands in the shared copy, so later requests
 * of the run use it.
 */
export function credentialsOncePerRun(ctx: IExecuteFunctions): (type: string) => Promise<ICredentialDataDecryptedObject> {
	const read = new Map<string, Promise<ICredentialDataDecryptedObject>>();
	return (type: string) => {
		if (!read.has(type)) read.set(type, ctx.getCredentials(type, 0));
		return read.get(type)!;
	};
}

/**
 * The run's context for code that sends per item (Omnichannel Reply): credentials read once (see
 * credentialsOncePerRun) and plain item expressions read without the expression engine
 * (plain-expressions.ts).
 */
export function perItemRunContext(ctx: IExecuteFunctions, description: INodeTypeDescription): IExecuteFunctions {
	return Object.create(withPlainParameters(ctx, description), { getCredentials: { value: credentialsOncePerRun(ctx) } }) as IExecuteFunctions;
}

/** The run's context with plain item expressions read without the expression engine (plain-expressions.ts). */
function withPlainParameters(ctx: IExecuteFunctions, description: INodeTypeDescription): IExecuteFunctions {
	return Object.create(ctx, { getNodeParameter: { value: plainParameterReader(ctx, description) } }) as IExecuteFunctions;
}

/** Whether the node has a value for the parameter at a dotted path ("requestOptions.timeout"). */
function isSet(parameters: unknown, path: string): boolean {
	let current = parameters;
	for (const part of path.split('.')) {
		if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return false;
		current = (current as Record<string, unknown>)[part];
	}
	return current !== undefined;
}

/**
 * The item's parameters: plain reads of the item (`={{ $json.phone }}`) resolved without n8n's
 * expression engine, values without expressions asked once per run, and what only n8n can answer
 * asked once per item (plain-expressions.ts). Otherwise as n8n's own: a parameter that is not set
 * gives the fallback (or n8n's error without one), and each read gets its own copy of an object value.
 */
function itemParameters(ctx: IExecuteFunctions, itemIndex: number, setNames: (name: string) => boolean, parameter: PlainParameterReader) {
	let asked: ItemAnswers | undefined;
	return (name: string, fallback?: unknown, options?: IDataObject): unknown => {
		if (!setNames(name)) return ctx.getNodeParameter(name, itemIndex, fallback as never, options);
		return parameter(name, itemIndex, fallback, options, (asked ??= new Map()));
	};
}

/** Whether the node has a value for a parameter, answered once per run and name (the node's parameters are the same for every item). */
function setNamesOf(parameters: INode['parameters']): (name: string) => boolean {
	const known = new Map<string, boolean>();
	return (name) => {
		let set = known.get(name);
		if (set === undefined) known.set(name, (set = isSet(parameters, name)));
		return set;
	};
}

const ITEM_INDEX = Symbol('item index');
const ITEM_PARAMETERS = Symbol('item parameters');

/** One item's view of the run: its index and its parameter reads; everything else comes from the run's prototype. */
interface ItemView {
	[ITEM_INDEX]: number;
	[ITEM_PARAMETERS]: ReturnType<typeof itemParameters>;
}

/**
 * What every item's view of the run shares, as an IExecuteSingleFunctions (what preSend and
 * postReceive functions are written against) backed by the run's IExecuteFunctions. Built once
 * per run: an item's view (itemView) only adds its index and its parameter reads.
 */
function itemPrototype(ctx: IExecuteFunctions, credentials: (type: string) => Promise<ICredentialDataDecryptedObject>, memo: RunMemo, node: INode): object {
	const prototype = Object.create(ctx, {
		// n8n's getNode() deep-copies the node on every call; the operations only read it, so the run's one copy serves every item.
		getNode: { value: () => node },
		getItemIndex: {
			value(this: ItemView) {
				return this[ITEM_INDEX];
			},
		},
		getInputData: {
			value(this: ItemView) {
				return ctx.getInputData()[this[ITEM_INDEX]];
			},
		},
		getNodeParameter: {
			value(this: ItemView, name: string, fallback?: unknown, options?: IDataObject) {
				return this[ITEM_PARAMETERS](name, fallback, options);
			},
		},
		getCredentials: { value: credentials },
		evaluateExpression: {
			value(this: ItemView, expression: string, index?: number) {
				return ctx.evaluateExpression(expression, index ?? this[ITEM_INDEX]);
			},
		},
		getWorkflowDataProxy: {
			value(this: ItemView) {
				return ctx.getWorkflowDataProxy(this[ITEM_INDEX]);
			},
		},
	}) as object;
	return attachRunMemo(prototype, memo);
}

function itemView(prototype: object, ctx: IExecuteFunctions, itemIndex: number, setNames: (name: string) => boolean, parameter: PlainParameterReader): IExecuteSingleFunctions {
	const item = Object.create(prototype) as ItemView;
	item[ITEM_INDEX] = itemIndex;
	item[ITEM_PARAMETERS] = itemParameters(ctx, itemIndex, setNames, parameter);
	return item as unknown as IExecuteSingleFunctions;
}

/** n8n's Request Options as RoutingNode applies them to a request. */
function requestSettings(ctx: IExecuteFunctions, node: INodeTypeDescription['name']): Partial<IHttpRequestOptions> & { timeout: number } {
	const { proxy, timeout, allowUnauthorizedCerts } = (ctx.getNodeParameter('requestOptions', 0, {}) ?? {}) as IDataObject;
	const settings: Partial<IHttpRequestOptions> & { timeout: number } = { timeout: Number(timeout) || DEFAULT_TIMEOUT_MS };
	if (allowUnauthorizedCerts) settings.skipSslCertificateValidation = true;
	if (proxy) {
		let parsed: URL;
		try {
			parsed = new URL(String(proxy));
		} catch {
			throw new NodeOperationError(ctx.getNode(), 'The proxy is not valid', { description: `"${String(proxy)}" in Options > Proxy is not a URL (${node})` });
		}
		settings.proxy = {
			host: parsed.hostname,
			port: Number(parsed.port),
			protocol: parsed.protocol.replace(/:$/, '') || undefined,
			...(parsed.username ? { auth: { username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) } } : {}),
		};
	}
	return settings;
}

async function runRoute(this: IExecuteFunctions, description: INodeTypeDescription, api: ProviderApi, route: Route): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const node = this.getNode();
	// Read once per run: n8n would decrypt (and in a real n8n, load) the credential for every request.
	const credentials = credentialsOncePerRun(this);
	const baseURL = apiBaseUrl(api, (await credentials(api.credentialType)) as { baseUrl?: unknown });
	const headers = { ...((description.requestDefaults?.headers ?? {}) as IDataObject) };
	const settings = requestSettings(this, description.name);
	const gate = new RateGate();
	// Lookups every item would repeat (a template list) are read once per run (run-memo.ts).
	const memo: RunMemo = new Map();
	const parameter = plainParameterReader(this, description);
	const setNames = setNamesOf(node.parameters);
	const prototype = itemPrototype(this, credentials, memo, node);
	const output: INodeExecutionData[][] = new Array(items.length);

	await forEachItem(items.length, batchingOf(this), async (itemIndex) => {
		const item = itemView(prototype, this, itemIndex, setNames, parameter);
		try {
			let options: IHttpRequestOptions = { method: route.method, url: route.url, baseURL, headers: { ...headers }, qs: {}, body: {}, json: true, ...settings };
			for (const preSend of route.preSend) options = await preSend.call(item, options);
			// Set on the item's own request (the preSend steps have built it; no one else holds it): the whole
			// answer, as postReceive steps read its status and headers, and no redirects (request-pipeline.ts).
			options.returnFullResponse = true;
			if (!followsRedirects(options.method)) options.disableFollowRedirect = true;
			const response = (await withRetries(() => this.helpers.httpRequestWithAuthentication.call(item, api.credentialType, options), {
				provider: api.provider,
				readError: api.readError,
				node,
				itemIndex,
				timeoutMs: settings.timeout,
				gate,
			})) as IN8nHttpFullResponse;
			let result: INodeExecutionData[] = [{ json: response.body as IDataObject }];
			if (route.postReceive.length === 0 && Array.isArray(response.body)) result = (response.body as IDataObject[]).map((json) => ({ json }));
			for (const postReceive of route.postReceive) result = await postReceive.call(item, result, response);
			// The pairing named first: see CONTRIBUTING.md, "Copies on the per-item path" (the postReceive steps set none).
			output[itemIndex] = result.map((entry) => ({ pairedItem: { item: itemIndex }, ...entry }));
		} catch (error) {
			const nodeError = error instanceof NodeOperationError || (error as { context?: unknown })?.context ? (error as NodeOperationError) : new NodeOperationError(node, error as Error, { itemIndex });
			nodeError.context.itemIndex = itemIndex;
			if (!this.continueOnFail()) throw nodeError;
			output[itemIndex] = [{ json: {}, error: nodeError, pairedItem: { item: itemIndex } }];
		}
	});
	return [output.flat()];
}

/**
 * The node's customOperations: its hot operations ("message.send", ...) each run their own
 * declared routing on the fast path instead of through RoutingNode; `others` are the node's
 * operations written as code (bulk sends, answers to build), merged in by resource, reading
 * plain item expressions without the expression engine too.
 */
export function fastOperations(
	description: INodeTypeDescription,
	api: ProviderApi,
	operations: string[],
	others: NonNullable<INodeType['customOperations']> = {},
): NonNullable<INodeType['customOperations']> {
	const table: NonNullable<INodeType['customOperations']> = {};
	for (const key of operations) {
		const [resource, operation] = key.split('.');
		const route = routeOf(description, resource, operation);
		table[resource] = {
			...table[resource],
			[operation]: async function (this: IExecuteFunctions) {
				return await runRoute.call(this, description, api, route);
			},
		};
	}
	for (const [resource, byOperation] of Object.entries(others)) {
		for (const [operation, run] of Object.entries(byOperation)) {
			table[resource] = {
				...table[resource],
				[operation]: async function (this: IExecuteFunctions) {
					return await run.call(withPlainParameters(this, description));
				},
			};
		}
	}
	return table;
}
