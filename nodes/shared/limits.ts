import { NodeOperationError, type IExecuteSingleFunctions, type IHttpRequestOptions, type INode } from 'n8n-workflow';

/**
 * Length, count and size limits checked before a request is sent, so a 5 MB text fails at once
 * with a message naming the field, the limit and the item instead of after the upload.
 * Each provider keeps its own table (nodes/<Provider>/shared/limits.ts, citing the document
 * or the decision in schemas/<provider>/README.md) and checks its values with these functions.
 */

export interface Limit {
	/** As users know it, for messages: "Spotler". */
	provider: string;
	max: number;
}

/** A provider's table: plain numbers in, limits that know their provider out. */
export function limitTable<K extends string>(provider: string, maxima: Record<K, number>): Record<K, Limit> {
	const table = {} as Record<K, Limit>;
	for (const key of Object.keys(maxima) as K[]) table[key] = { provider, max: maxima[key] };
	return table;
}

/**
 * Where a check runs: a preSend hook (IExecuteSingleFunctions knows its item) or code that loops
 * over items itself (IExecuteFunctions; pass the item index).
 */
export interface LimitContext {
	getNode(): INode;
	getItemIndex?: () => number;
}

const number = (n: number) => n.toLocaleString('en-US');

/** Bytes as people read them: 5 MB, 16.5 MB, 500 KB (1 MB = 1,048,576 bytes, as WhatsApp counts). */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
	if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
	return `${number(bytes)} bytes`;
}

/** Characters as the providers count them: Unicode code points, so an emoji is one. */
export function characterCount(value: string): number {
	let count = 0;
	for (const _ of value) count++;
	return count;
}

function limitError(ctx: LimitContext, field: string, problem: string, itemIndex: number | undefined, fix = 'Shorten'): NodeOperationError {
	const index = itemIndex ?? ctx.getItemIndex?.() ?? 0;
	return new NodeOperationError(ctx.getNode(), `"${field}" ${problem} (item ${index})`, {
		itemIndex: index,
		description: `${fix} the "${field}" value for item ${index}; nothing was sent for this item.`,
	});
}

/** The error for a text over its limit, or undefined when it fits. */
export function lengthProblem(ctx: LimitContext, field: string, value: string, limit: Limit, itemIndex?: number): NodeOperationError | undefined {
	// Code points never outnumber UTF-16 units, so most values need no counting.
	if (value.length <= limit.max) return undefined;
	const length = characterCount(value);
	if (length <= limit.max) return undefined;
	return limitError(ctx, field, `is ${number(length)} characters long; ${limit.provider} accepts at most ${number(limit.max)}`, itemIndex);
}

/** Throws when a text has more characters than the provider accepts. */
export function checkLength(ctx: LimitContext, field: string, value: string | undefined | null, limit: Limit, itemIndex?: number): void {
	const error = typeof value === 'string' ? lengthProblem(ctx, field, value, limit, itemIndex) : undefined;
	if (error) throw error;
}

/** Throws when a list has more entries than the provider accepts; `unit` names them ("buttons"). */
export function checkCount(ctx: LimitContext, field: string, count: number, unit: string, limit: Limit, itemIndex?: number): void {
	if (count <= limit.max) return;
	throw limitError(ctx, field, `has ${number(count)} ${unit}; ${limit.provider} accepts at most ${number(limit.max)}`, itemIndex, 'Remove entries from');
}

/** The error for a file over its limit, or undefined when it fits; `what` says which limit ("images"). */
export function sizeProblem(ctx: LimitContext, field: string, bytes: number, limit: Limit, what: string, itemIndex?: number): NodeOperationError | undefined {
	if (bytes <= limit.max) return undefined;
	return limitError(ctx, field, `is ${formatBytes(bytes)} (${number(bytes)} bytes); ${limit.provider} accepts ${what} of at most ${formatBytes(limit.max)}`, itemIndex, 'Use a smaller file for');
}

/** Throws when a file is larger than the provider accepts; check before reading or uploading it. */
export function checkSize(ctx: LimitContext, field: string, bytes: number, limit: Limit, what: string, itemIndex?: number): void {
	const error = sizeProblem(ctx, field, bytes, limit, what, itemIndex);
	if (error) throw error;
}

export const MB = 1024 * 1024;

/**
 * WhatsApp's own published limits (Cloud API reference: text messages, media captions and
 * "Supported media types"), for the providers that carry WhatsApp but print no limits of their
 * own; each provider's table says which of these it applies (see schemas/<provider>/README.md).
 */
export const WHATSAPP = {
	text: 4096,
	caption: 1024,
	imageBytes: 5 * MB,
	videoBytes: 16 * MB,
	audioBytes: 16 * MB,
	documentBytes: 100 * MB,
} as const;

/** A provider's file-size limits by kind of file. */
export interface MediaLimits {
	imageBytes: Limit;
	videoBytes: Limit;
	audioBytes: Limit;
	documentBytes: Limit;
}

/**
 * The limit a file of this MIME type falls under, and how a message names it. Anything that is
 * not an image, video or audio file is a document; a sticker is an image (an upload does not say
 * how it will be sent).
 */
export function mediaLimitFor(limits: MediaLimits, mimeType: string | undefined): { limit: Limit; what: string } {
	const type = String(mimeType ?? '').toLowerCase();
	if (type.startsWith('image/')) return { limit: limits.imageBytes, what: 'images' };
	if (type.startsWith('video/')) return { limit: limits.videoBytes, what: 'videos' };
	if (type.startsWith('audio/')) return { limit: limits.audioBytes, what: 'audio files' };
	return { limit: limits.documentBytes, what: 'documents' };
}

/** Throws when a file is larger than the provider accepts for its kind (by MIME type). */
export function checkMediaSize(ctx: LimitContext, field: string, bytes: number, mimeType: string | undefined, limits: MediaLimits, itemIndex?: number): void {
	const { limit, what } = mediaLimitFor(limits, mimeType);
	checkSize(ctx, field, bytes, limit, what, itemIndex);
}

/**
 * A preSend hook that checks the lengths of plain string parameters (dotted paths reach into
 * collections: `additionalFields.firstName`); parameters left out or empty are not checked.
 */
export function limitParameters(fields: Record<string, [label: string, limit: Limit]>) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		for (const [name, [label, limit]] of Object.entries(fields)) {
			const value = this.getNodeParameter(name, '') as unknown;
			if (typeof value === 'string') checkLength(this, label, value, limit);
		}
		return requestOptions;
	};
}
