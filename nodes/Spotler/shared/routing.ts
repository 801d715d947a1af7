import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { fieldError } from '../../shared/validation';
import { jidPath, toChannelJid, toContactJid } from './jid';
import { spotlerApiRequest } from './transport';

type PreSend = (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** The display name of each path parameter, for per-item error messages. */
const LABELS: Record<string, string> = {
	agent: 'Agent',
	assistant: 'Assistant',
	automatedMessageType: 'Type',
	channel: 'Channel',
	contact: 'Contact',
	label: 'Label',
	list: 'List',
	noteId: 'Note ID',
	team: 'Team',
	template: 'Template',
	webhookId: 'Webhook ID',
};

/** A parameter's value after expressions, resource locators unwrapped, trimmed. */
export function textParameter(ctx: IExecuteSingleFunctions, name: string): string {
	return String(ctx.getNodeParameter(name, '', { extractValue: true }) ?? '').trim();
}

function required(ctx: IExecuteSingleFunctions, name: string): string {
	const value = textParameter(ctx, name);
	if (value === '') throw fieldError(ctx, `"${LABELS[name] ?? name}"`, 'is empty');
	return value;
}

/** The channel JID from a JID or a WhatsApp number. */
export function channelJidOf(ctx: IExecuteSingleFunctions): string {
	const input = required(ctx, 'channel');
	try {
		return toChannelJid(input);
	} catch (error) {
		// toChannelJid only throws JidError, whose message says what is wrong with the value.
		throw fieldError(ctx, '"Channel"', (error as Error).message);
	}
}

/** The contact JID from a JID, or a phone number / network id on the channel's network. */
export function contactJidOf(ctx: IExecuteSingleFunctions, channelJid: string, name = 'contact'): string {
	const input = required(ctx, name);
	try {
		return toContactJid(input, channelJid);
	} catch (error) {
		// toContactJid only throws JidError, whose message says what is wrong with the value.
		throw fieldError(ctx, `"${LABELS[name] ?? 'Contact'}"`, (error as Error).message);
	}
}

/** The chosen company, or when left empty the API key's own company (GET /companies/current). */
export async function companyIdOf(ctx: IExecuteSingleFunctions): Promise<string> {
	const chosen = textParameter(ctx, 'company');
	if (chosen !== '') return chosen;
	const current = await spotlerApiRequest.call(ctx, 'GET', '/companies/current') as { id: string };
	return current.id;
}

/**
 * Builds the request path from a template such as "/channels/{channel}/contacts/{contact}":
 * each {name} is the parameter of that name, turned into a JID where needed and URL-encoded
 * (JIDs and e-mails contain "@"). Runs per item, so expressions work and bad values fail the
 * item before anything is sent.
 */
export function resolvePath(template: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
		const values: Record<string, string> = {};
		for (const name of names) {
			if (name === 'channel') values.channel = channelJidOf(this);
			else if (name === 'contact') values.contact = contactJidOf(this, values.channel);
			else if (name === 'company') values.company = await companyIdOf(this);
			else values[name] = required(this, name);
		}
		requestOptions.url = template.replace(/\{(\w+)\}/g, (_, name: string) => jidPath(values[name]));
		return requestOptions;
	};
}

/** One operation of a resource: the request it makes and how its answer becomes items. */
export function operation(spec: {
	name: string;
	value: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	path: string;
	preSend?: PreSend[];
	output?: PostReceiveAction[];
}): INodePropertyOptions {
	return {
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: spec.description,
		routing: {
			request: { method: spec.method, url: '/' },
			send: { preSend: [resolvePath(spec.path), ...(spec.preSend ?? [])] as PreSendAction[] },
			...(spec.output ? { output: { postReceive: spec.output } } : {}),
		},
	};
}

/**
 * List answers are whole arrays (the API has no pagination): one item per element, cut to
 * "Limit" unless "Return All" is on. `root` picks the array out of an object answer;
 * `toItem` reshapes elements that are not objects (e.g. the blacklist's plain JIDs).
 */
export function listOutput(options: { root?: string; toItem?: (element: unknown, body: IDataObject) => IDataObject } = {}): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = response.body as IDataObject | unknown[];
		const elements = (options.root ? (body as IDataObject)[options.root] : body) as unknown[];
		const all = (Array.isArray(elements) ? elements : []).map((element) => ({
			json: options.toItem ? options.toItem(element, body as IDataObject) : (element as IDataObject),
		}));
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		return returnAll ? all : all.slice(0, this.getNodeParameter('limit', 50) as number);
	};
}

/** Deletes and other calls that answer 204 (or an empty array): one item saying it worked. */
export function successOutput(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions) {
		return [{ json: { success: true } }];
	};
}
