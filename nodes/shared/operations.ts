import type {
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	IN8nHttpFullResponse,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { fieldError } from './validation';

/**
 * The provider kit: the one way every provider declares a resource's operations.
 *
 *   const { operation } = operationKit({ channel: { label: 'Channel', resolve: toChannelJid } });
 *   export const noteCreate = operation({
 *     name: 'Create', value: 'create', action: 'Create a note', description: '...',
 *     method: 'POST', path: '/channels/{channel}/contacts/{contact}/notes',
 *     body: noteCreateBody,   // typed with the schema's generated request type
 *   });
 *   export const noteCreateFields = forOperation('note', 'create', [ ...fields ]);
 *
 * A path's `{name}` placeholders are filled per item from parameters (expressions work), through the
 * provider's placeholder table; a bad or empty value fails that item, naming the field, before
 * anything is sent. See CONTRIBUTING.md, "Add an operation".
 */

/** Runs per item before the request is sent, as n8n's routing `preSend`. */
export type PreSend = (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** Builds an operation's JSON body for one item; `Body` is the schema's generated request type. */
export type BodyBuilder<Body> = (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) => Body | Promise<Body>;

/** How one `{name}` placeholder of a path gets its value for an item. */
export interface Placeholder {
	/** The field as the editor shows it, for error messages: "Channel". */
	label: string;
	/** The parameter it is read from; the placeholder's own name when left out. */
	parameter?: string;
	/**
	 * Turns the parameter's text (expressions resolved, a picker's value unwrapped, trimmed) into
	 * the value to put in the path; `resolved` holds the placeholders left of this one. Throw
	 * `fieldError` for a bad value. Without it, an empty text fails the item and any other is used.
	 */
	resolve?: (ctx: IExecuteSingleFunctions, text: string, resolved: Record<string, string>) => string | Promise<string>;
	/** Encodes the value for the path; `encodeURIComponent` when left out. */
	encode?: (value: string) => string;
}

export type Placeholders = Record<string, Placeholder>;

/** One operation of a resource: the request it makes and how its answer becomes items. */
export interface OperationSpec<Body = IDataObject> {
	/** As the Operation list shows it: "Get Many". */
	name: string;
	/** Saved in workflows: never change it without a new node version. */
	value: string;
	/** n8n's action name: "Get many notes". */
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** The documented path after the credential's Base URL, with `{name}` placeholders. */
	path: string;
	/** The JSON body, merged over what fields put there with `toBody`. */
	body?: BodyBuilder<Body>;
	/** Per-item checks and lookups, run after the path and body are set. */
	preSend?: PreSend[];
	/** How the answer becomes items (n8n's postReceive). */
	output?: PostReceiveAction[];
	/** Query string values fixed for this operation. */
	qs?: IDataObject;
}

/**
 * The method and documented path of an operation (for the generated catalogue): `operation()`
 * leaves the path template, placeholders and all, as the request's URL, which resolvePath
 * replaces per item before anything is sent.
 */
export function documentedRequestOf(option: INodePropertyOptions): { method: IHttpRequestMethods; path: string } | undefined {
	const request = option.routing?.request;
	return request?.method && typeof request.url === 'string' ? { method: request.method, path: request.url } : undefined;
}

/** A parameter's text after expressions, a picker's value unwrapped, trimmed. */
export function textParameter(ctx: IExecuteSingleFunctions, name: string): string {
	const value = ctx.getNodeParameter(name, '', { extractValue: true }) as unknown;
	return value === undefined || value === null ? '' : String(value).trim();
}

/** The names of a path template's placeholders, in order. */
export function placeholdersOf(path: string): string[] {
	return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

/** The provider's `operation()` and `resolvePath()`, filling placeholders from its table. */
export function operationKit(placeholders: Placeholders = {}) {
	async function valueOf(ctx: IExecuteSingleFunctions, name: string, resolved: Record<string, string>): Promise<string> {
		const placeholder = placeholders[name] ?? { label: name };
		const text = textParameter(ctx, placeholder.parameter ?? name);
		if (placeholder.resolve) return await placeholder.resolve(ctx, text, resolved);
		if (text === '') throw fieldError(ctx, `"${placeholder.label}"`, 'is empty');
		return text;
	}

	/** A preSend that sets the request's URL from the template, per item. */
	function resolvePath(template: string): PreSend {
		const names = placeholdersOf(template);
		return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
			const resolved: Record<string, string> = {};
			for (const name of names) resolved[name] = await valueOf(this, name, resolved);
			requestOptions.url = template.replace(/\{(\w+)\}/g, (_, name: string) => (placeholders[name]?.encode ?? encodeURIComponent)(resolved[name]));
			return requestOptions;
		};
	}

	function operation<Body = IDataObject>(spec: OperationSpec<Body>): INodePropertyOptions {
		const preSend: PreSend[] = [];
		// A path without placeholders needs no per-item work.
		if (placeholdersOf(spec.path).length > 0) preSend.push(resolvePath(spec.path));
		if (spec.body) preSend.push(bodyPreSend(spec.body));
		preSend.push(...(spec.preSend ?? []));
		const option: INodePropertyOptions = {
			name: spec.name,
			value: spec.value,
			action: spec.action,
			description: spec.description,
			routing: {
				request: { method: spec.method, url: spec.path, ...(spec.qs ? { qs: spec.qs } : {}) },
				...(preSend.length > 0 ? { send: { preSend: preSend as PreSendAction[] } } : {}),
				...(spec.output ? { output: { postReceive: spec.output } } : {}),
			},
		};
		return option;
	}

	return { operation, resolvePath };
}

/** Installs a body builder: its object is merged over the body fields put there with `toBody`. */
function bodyPreSend<Body>(build: BodyBuilder<Body>): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const built = (await build.call(this, requestOptions)) as unknown;
		const current = requestOptions.body;
		// Nothing to merge into (the fast path starts every body empty): the builder's own object is the body.
		const merge = current && typeof current === 'object' && !Array.isArray(current) && Object.keys(current).length > 0 && built && typeof built === 'object' && !Array.isArray(built);
		requestOptions.body = merge ? { ...(current as IDataObject), ...(built as IDataObject) } : (built as IDataObject);
		return requestOptions;
	};
}

/** Shows a property only for a resource, and for some of its operations when given. */
export function showFor(resource: string, operations?: string[]): IDisplayOptions {
	return { show: { resource: [resource], ...(operations ? { operation: operations } : {}) } };
}

/** Shows a list of fields only for one resource and operation (keeping their own conditions). */
export function forOperation(resource: string, operation: string | string[], fields: INodeProperties[]): INodeProperties[] {
	const operations = Array.isArray(operation) ? operation : [operation];
	return fields.map((field) => ({
		...field,
		displayOptions: { ...field.displayOptions, show: { resource: [resource], operation: operations, ...field.displayOptions?.show } },
	}));
}

/** Declarative routing that puts a field's value into the JSON body under `property`. */
export function toBody(property: string, value?: string): INodeProperties['routing'] {
	return { send: { type: 'body', property, ...(value !== undefined ? { value } : {}) } };
}

/** Declarative routing that puts a field's value into the query string under `property`. */
export function toQuery(property: string, value?: string): INodeProperties['routing'] {
	return { send: { type: 'query', property, ...(value !== undefined ? { value } : {}) } };
}

/** Calls that answer 204 or nothing useful: one item saying it worked. */
export function successOutput(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions) {
		return [{ json: { success: true } }];
	};
}

/**
 * Whole-array answers (no pagination in the API): one item per element, cut to "Limit" unless
 * "Return All" is on. `root` picks the array out of an object answer; `toItem` reshapes elements
 * that are not objects.
 */
export function listOutput(options: { root?: string; toItem?: (element: unknown, body: IDataObject) => IDataObject } = {}): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = response.body as IDataObject | unknown[];
		const elements = (options.root ? (body as IDataObject)?.[options.root] : body) as unknown[];
		const all = (Array.isArray(elements) ? elements : []).map((element) => ({
			json: options.toItem ? options.toItem(element, body as IDataObject) : (element as IDataObject),
		}));
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		return returnAll ? all : all.slice(0, this.getNodeParameter('limit', 50) as number);
	};
}

export { collection, emailField, inputBinaryField, pickerLocator, operationSelector, resourceSelector, returnAllAndLimit, textField } from './descriptions';
