import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import type { CommonMessage, ProviderSlug } from '../../../schemas/common/types.generated';
import type { Limit, MediaLimits } from '../../shared/limits';
import type { TemplateSendProblem } from '../../shared/templates';
import type { HttpFailure, ProviderError } from './failure';

export type MediaKind = 'audio' | 'document' | 'image' | 'video';

export interface MediaReply {
	kind: MediaKind;
	url: string;
	/** Always set: given, or taken from the URL's file extension. */
	mimeType: string;
	caption?: string;
	/** Always set for documents: given, or the last segment of the URL. */
	fileName?: string;
}

export interface TemplateReply {
	name: string;
	language: string;
	/** In placeholder order; `name` is used by providers whose placeholders are named (Mehery). */
	parameters: Array<{ name: string; value: string }>;
}

export type ReplyContent = { kind: 'text'; text: string } | { kind: 'media'; media: MediaReply } | { kind: 'template'; template: TemplateReply };

/** The message a reply answers: a common-shape item whose provider has an adapter. */
export type ReplyTarget = CommonMessage;

export interface ReplyContext {
	/**
	 * A request to the provider with the item's credential: the path is appended to the
	 * credential's Base URL; 429/503 are retried and errors carry the provider's own message.
	 */
	request<T = IDataObject>(options: Omit<IHttpRequestOptions, 'url'> & { path: string }): Promise<T>;
	/**
	 * A GET whose answer holds for the whole run (a template list, the account's channels): read
	 * once per run and credential, shared by every item.
	 */
	lookup<T = IDataObject>(options: { path: string; qs?: IDataObject }): Promise<T>;
	/**
	 * The file at a public URL, fetched without any credential, for providers that take uploads
	 * rather than links (Social25).
	 */
	download(url: string): Promise<Buffer>;
}

export interface SentReply {
	messageId: string | null;
	/** The provider's answer, output under `raw`. */
	response: IDataObject;
}

/** What a reply may carry, from the provider's own limits table; checked before anything is sent. */
export interface ReplyLimits {
	text: Limit;
	caption: Limit;
	/** For providers that take uploads: the downloaded file's size. */
	upload?: MediaLimits;
}

/**
 * One provider's way of answering in a conversation. Adding a provider means one file in
 * providers/ implementing this, plus its entry in providers/index.ts.
 */
export interface ReplyAdapter {
	provider: ProviderSlug;
	/** As users know it, for messages: "Spotler". */
	displayName: string;
	/** The credential type the node uses for this provider's items. */
	credentialType: string;
	readError(body: unknown): ProviderError | undefined;
	limits(target: ReplyTarget): ReplyLimits;
	send(ctx: ReplyContext, target: ReplyTarget, content: ReplyContent): Promise<SentReply>;
	/** True when the provider refused a free-form reply because only a template may be sent now. */
	templateRequired?(failure: HttpFailure): boolean;
	/**
	 * Why the provider would refuse this template (missing, not approved, values that do not fit its
	 * placeholders), read from the provider's own template list; version 2 checks it before sending.
	 */
	templateProblem?(ctx: ReplyContext, target: ReplyTarget, template: TemplateReply): Promise<TemplateSendProblem | undefined>;
}

/** A reply that cannot be made as asked (not an HTTP failure); the node names the item. */
export class ReplyError extends Error {
	constructor(
		message: string,
		readonly description?: string,
	) {
		super(message);
	}
}
