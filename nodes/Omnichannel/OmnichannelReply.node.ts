import {
	NodeApiError,
	NodeConnectionTypes,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import type { CommonMessage, CommonMessageType, ProviderSlug } from '../../schemas/common/types.generated';
import { checkLength, checkMediaSize } from '../shared/limits';
import { batchingOf, forEachItem, replyRequestOptionsProperty } from '../shared/batching';
import { textField } from '../shared/descriptions';
import { perItemRunContext } from '../shared/fast-routing';
import { RateGate } from '../shared/request-pipeline';
import { attachRunMemo, oncePerRun, type RunMemo } from '../shared/run-memo';
import { providerRequest } from '../shared/transport';
import { PROVIDER_NAMES, REPLY_ADAPTERS } from './providers';
import { httpFailure } from './shared/failure';
import { fileNameFromUrl, mediaKindOf, mimeTypeFromUrl } from './shared/media';
import { checkTemplate } from './shared/templates';
import { ReplyError, type MediaKind, type ReplyAdapter, type ReplyContent, type ReplyContext, type TemplateReply } from './shared/types';

type ReplyType = 'media' | 'template' | 'text';

const TEMPLATE_FIELDS: INodeProperties[] = [
	{
		displayName: 'Template Name',
		name: 'templateName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'support_after_24hours',
		description: 'The approved template to send, as the provider lists it: its name on Spotler, Social25 and Wabbit (support_after_24hours), its code on Mehery (ORDER_SHIPPED)',
		hint: "Each provider node's Template › Get Many lists its templates with their status, languages and placeholders",
	},
	{
		displayName: 'Template Language',
		name: 'templateLanguage',
		type: 'string',
		default: 'en',
		description: 'The language of the template to send, as the provider lists it: e.g. en or nl on Spotler, Social25 and Wabbit, en_US on Mehery',
	},
	{
		displayName: 'Template Parameters',
		name: 'templateParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add Parameter',
		description:
			"One value per placeholder of the template. Numbered placeholders (Spotler, Social25, Wabbit) are filled in order: the first value fills {{1}}, the second {{2}}. Mehery's placeholders are named: give each value the name of its placeholder.",
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						description: 'For named placeholders (Mehery, e.g. name for {{name}}); leave empty for numbered ones',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
];

/** Version 2 says what is checked before a template is sent. */
const TEMPLATE_CHECK_NOTICE: INodeProperties = {
	displayName:
		'The template is checked with the provider of each item before it is sent: a rejected or pending template, a language it does not have, or a number of values other than its placeholders fails the item, and nothing is sent.',
	name: 'templateCheckNotice',
	type: 'notice',
	default: '',
};

/** The template fields, once for "Reply With: Template" and once for the fallback of text and media replies. */
const templateFields = (show: Record<string, Array<string | boolean>>): INodeProperties[] => [
	{ ...TEMPLATE_CHECK_NOTICE, displayOptions: { show: { ...show, '@version': [2] } } },
	...TEMPLATE_FIELDS.map((field) => ({ ...field, displayOptions: { show } })),
];

const showFor = (...types: ReplyType[]) => ({ show: { replyType: types } });

export class OmnichannelReply implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Omnichannel Reply',
		name: 'omnichannelReply',
		icon: { light: 'file:omnichannel.svg', dark: 'file:omnichannel.dark.svg' },
		group: ['output'],
		// Version 2 checks a template with the item's provider before sending it.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{"Reply with " + $parameter["replyType"]}}',
		description: 'Reply in the conversation a message came from, on the same provider and channel: WhatsApp, SMS, Messenger, Instagram, web chat and more',
		defaults: { name: 'Omnichannel Reply' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// Each item is answered with the credential of its own provider; only those in use need setting.
		credentials: [
			{ name: 'meheryApi', displayName: 'Mehery XMS Credential', required: false },
			{ name: 'parleyOAuth2Api', displayName: 'Parley Webcare Credential', required: false },
			{ name: 'social25Api', displayName: 'Social25 Credential', required: false },
			{ name: 'spotlerApi', displayName: 'Spotler Message API Credential', required: false },
			{ name: 'wabbitApi', displayName: 'Wabbit Credential', required: false },
		],
		properties: [
			{
				displayName:
					'Answers items in the common message shape, as the triggers of this package output them with Simplify on. Each item is answered through the provider it came from, so only the providers whose messages arrive here need a credential: leave the others empty.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Reply With',
				name: 'replyType',
				type: 'options',
				default: 'text',
				options: [
					{ name: 'Media', value: 'media', description: 'An image, video, audio file or document from a public URL' },
					{ name: 'Template', value: 'template', description: 'An approved template: the only kind WhatsApp delivers outside the 24-hour customer-care window' },
					{ name: 'Text', value: 'text', description: 'Plain text' },
				],
			},
			textField('The reply text', { displayOptions: showFor('text') }),
			{
				displayName: 'Media URL',
				name: 'mediaUrl',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'https://example.com/files/invoice.pdf',
				description: 'A public http(s) address the provider downloads the file from',
				displayOptions: showFor('media'),
			},
			{
				displayName: 'MIME Type',
				name: 'mimeType',
				type: 'string',
				default: '',
				placeholder: 'image/jpeg',
				description: 'The file type; it decides whether the file goes as an image, video, audio or document. Leave empty to take it from the file extension in the URL.',
				displayOptions: showFor('media'),
			},
			{
				displayName: 'Caption',
				name: 'caption',
				type: 'string',
				default: '',
				description: 'Text shown with an image, video or document',
				displayOptions: showFor('media'),
			},
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				placeholder: 'invoice-2024-001.pdf',
				description: 'The name a document is shown with. Leave empty to take it from the URL.',
				displayOptions: showFor('media'),
			},
			{
				displayName: 'Fall Back to a Template',
				name: 'fallbackTemplate',
				type: 'boolean',
				default: false,
				description: 'Whether to send a template instead when the provider refuses the reply because the customer-care window has closed (Spotler error 1015, Wabbit\'s "more than 24 hours passed")',
				displayOptions: showFor('media', 'text'),
			},
			...templateFields({ replyType: ['template'] }),
			...templateFields({ replyType: ['media', 'text'], fallbackTemplate: [true] }),
			replyRequestOptionsProperty,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const output: INodeExecutionData[] = new Array(items.length);
		// Replies go out several at a time (Request Options); a 429 slows them all down.
		const gate = new RateGate();
		const memo = attachRunMemo({}, new Map() as RunMemo);
		// Credentials read once per run, not once per request; plain item expressions read directly
		// (execute runs with the context as `this`: the description comes from a fresh instance).
		const run = perItemRunContext(this, new OmnichannelReply().description);
		await forEachItem(items.length, batchingOf(this), async (itemIndex) => {
			try {
				const json = await replyTo.call(run, items[itemIndex].json, itemIndex, { gate, memo });
				output[itemIndex] = { json, pairedItem: { item: itemIndex } };
			} catch (error) {
				const nodeError = asNodeError(this, error, itemIndex);
				if (!this.continueOnFail()) throw nodeError;
				output[itemIndex] = { json: { error: nodeError.message }, pairedItem: { item: itemIndex } };
			}
		});
		return [output];
	}
}

/** Every failure as an n8n error that names the item: adapters' ReplyErrors, HTTP errors as they are. */
function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (error instanceof ReplyError) return itemError(ctx, itemIndex, error.message, error.description);
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}

function itemError(ctx: IExecuteFunctions, itemIndex: number, message: string, description?: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `${message} (item ${itemIndex})`, { itemIndex, description });
}

/** The item's provider, checked: a common-shape item from a provider this node can answer on, with its credential set. */
function adapterFor(ctx: IExecuteFunctions, message: IDataObject, itemIndex: number): ReplyAdapter {
	const provider = message.provider;
	if (typeof provider !== 'string' || !Object.hasOwn(PROVIDER_NAMES, provider)) {
		throw itemError(
			ctx,
			itemIndex,
			'The item is not a message in the common shape: it has no known "provider"',
			'Turn on "Simplify" in the trigger (or the "get messages" operation) that produced it.',
		);
	}
	const adapter = REPLY_ADAPTERS[provider as ProviderSlug];
	if (!ctx.getNode().credentials?.[adapter.credentialType]) {
		throw itemError(
			ctx,
			itemIndex,
			`No ${adapter.displayName} credential is set on this node, and the item came from ${adapter.displayName}`,
			`Select a ${adapter.displayName} credential in the node's settings so it can reply to ${adapter.displayName} messages.`,
		);
	}
	return adapter;
}

function templateParameter(ctx: IExecuteFunctions, itemIndex: number): TemplateReply {
	const name = String(ctx.getNodeParameter('templateName', itemIndex, '')).trim();
	if (!name) throw itemError(ctx, itemIndex, '"Template Name" is empty');
	const rows = ctx.getNodeParameter('templateParameters.parameter', itemIndex, []) as Array<{ name?: string; value?: string }>;
	return {
		name,
		language: String(ctx.getNodeParameter('templateLanguage', itemIndex, '')).trim(),
		parameters: rows.map((row) => ({ name: String(row.name ?? '').trim(), value: String(row.value ?? '') })),
	};
}

function contentParameter(ctx: IExecuteFunctions, itemIndex: number, replyType: ReplyType): ReplyContent {
	if (replyType === 'template') return { kind: 'template', template: templateParameter(ctx, itemIndex) };
	if (replyType === 'text') {
		const text = String(ctx.getNodeParameter('text', itemIndex, ''));
		if (!text.trim()) throw itemError(ctx, itemIndex, '"Text" is empty');
		return { kind: 'text', text };
	}
	const url = String(ctx.getNodeParameter('mediaUrl', itemIndex, '')).trim();
	if (!/^https?:\/\/\S+$/.test(url)) throw itemError(ctx, itemIndex, `"Media URL" must be a public http(s) address, not "${url}"`);
	const mimeType = String(ctx.getNodeParameter('mimeType', itemIndex, '')).trim() || mimeTypeFromUrl(url);
	if (!mimeType) throw itemError(ctx, itemIndex, '"MIME Type" is needed: the URL has no file extension it can be taken from');
	const kind: MediaKind = mediaKindOf(mimeType);
	const caption = String(ctx.getNodeParameter('caption', itemIndex, '')).trim();
	const fileName = String(ctx.getNodeParameter('fileName', itemIndex, '')).trim() || fileNameFromUrl(url);
	return { kind: 'media', media: { kind, url, mimeType, ...(caption ? { caption } : {}), ...(kind === 'document' ? { fileName } : {}) } };
}

/** What was sent, as an outbound message of the same conversation in the common shape. */
function sentMessage(target: CommonMessage, content: ReplyContent, messageId: string | null, response: IDataObject): CommonMessage {
	const type: CommonMessageType = content.kind === 'media' ? content.media.kind : content.kind;
	return {
		provider: target.provider,
		channel: target.channel,
		account: target.account ?? null,
		conversationId: target.conversationId ?? null,
		contact: target.contact,
		direction: 'outbound',
		messageId,
		// Named as in every send operation's output, so a next node reads the same field.
		recipient: target.contact?.id ?? null,
		type,
		event: null,
		text: content.kind === 'text' ? content.text : content.kind === 'media' ? (content.media.caption ?? null) : null,
		media: content.kind === 'media' ? { url: content.media.url, mimeType: content.media.mimeType, caption: content.media.caption ?? null, fileName: content.media.fileName ?? null } : null,
		location: null,
		interactive: null,
		status: 'sent',
		timestamp: new Date().toISOString(),
		raw: response,
	};
}

/** What the items of one run share: the RateGate, and lookups read once (run-memo.ts). */
interface ReplyRun {
	gate: RateGate;
	memo: object;
}

async function replyTo(this: IExecuteFunctions, message: IDataObject, itemIndex: number, run: ReplyRun): Promise<IDataObject> {
	const adapter = adapterFor(this, message, itemIndex);
	const target = message as unknown as CommonMessage;
	const replyType = this.getNodeParameter('replyType', itemIndex) as ReplyType;
	const content = contentParameter(this, itemIndex, replyType);
	const limits = adapter.limits(target);
	if (content.kind === 'text') checkLength(this, 'Text', content.text, limits.text, itemIndex);
	if (content.kind === 'media') checkLength(this, 'Caption', content.media.caption, limits.caption, itemIndex);
	const api = { provider: adapter.displayName, credentialType: adapter.credentialType, readError: adapter.readError };
	const ctx: ReplyContext = {
		request: async (request) => await providerRequest(this, api, request, { itemIndex, gate: run.gate }),
		lookup: async ({ path, qs }) =>
			await oncePerRun(
				run.memo,
				`${adapter.credentialType} GET ${path} ${JSON.stringify(qs ?? {})}`,
				async () => await providerRequest(this, api, { method: 'GET', path, qs }, { itemIndex, gate: run.gate }),
			),
		download: async (url) => {
			let file: Buffer;
			try {
				const body = await this.helpers.httpRequest({ method: 'GET', url, encoding: 'arraybuffer', json: false });
				file = Buffer.from(body as ArrayBuffer);
			} catch (error) {
				throw itemError(
					this,
					itemIndex,
					`The file at "Media URL" could not be downloaded: ${(error as Error).message}`,
					`${adapter.displayName} takes files as uploads, so the node fetches ${url} first.`,
				);
			}
			// Refused here, before the upload, when the provider would not take a file this large.
			if (limits.upload) checkMediaSize(this, 'Media URL', file.length, content.kind === 'media' ? content.media.mimeType : undefined, limits.upload, itemIndex);
			return file;
		},
	};

	const checkTemplates = this.getNode().typeVersion >= 2;
	try {
		if (checkTemplates && content.kind === 'template') await checkTemplate(adapter, ctx, target, content.template);
		const sent = await adapter.send(ctx, target, content);
		return sentMessage(target, content, sent.messageId, sent.response) as unknown as IDataObject;
	} catch (error) {
		const wantsFallback = replyType !== 'template' && this.getNodeParameter('fallbackTemplate', itemIndex, false) === true;
		if (!wantsFallback || !adapter.templateRequired?.(httpFailure(error))) throw asNodeError(this, error, itemIndex);
		// The provider only accepts a template now (customer-care window closed): send the fallback.
		const fallback: ReplyContent = { kind: 'template', template: templateParameter(this, itemIndex) };
		if (checkTemplates) await checkTemplate(adapter, ctx, target, fallback.template);
		const sent = await adapter.send(ctx, target, fallback);
		return sentMessage(target, fallback, sent.messageId, sent.response) as unknown as IDataObject;
	}
}
