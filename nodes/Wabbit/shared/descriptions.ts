import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { pickerLocator, textParameter } from '../../shared/operations';
import { fieldError } from '../../shared/validation';

function locator(
	name: string,
	displayName: string,
	description: string,
	searchListMethod: string,
	byId: { displayName: string; placeholder: string; regex: string; errorMessage: string },
): INodeProperties {
	return pickerLocator({
		displayName,
		name,
		description,
		searchListMethod,
		modes: [
			{
				displayName: byId.displayName,
				name: 'id',
				type: 'string',
				placeholder: byId.placeholder,
				validation: [{ type: 'regex', properties: { regex: byId.regex, errorMessage: byId.errorMessage } }],
			},
		],
	});
}

export const chatLocator = locator('chat', 'Chat', "The chat, i.e. the customer's WhatsApp number (wa_id)", 'getChats', {
	displayName: 'By WhatsApp Number',
	placeholder: '+48 123 123 123',
	regex: '^\\+?[\\d\\s().-]{6,30}$',
	errorMessage: 'Enter a phone number in international format, e.g. +48 123 123 123',
});
export const tagLocator = locator('tag', 'Tag', 'The tag to use', 'getTags', {
	displayName: 'By ID',
	placeholder: '5',
	regex: '^\\d+$',
	errorMessage: 'A tag ID is a whole number',
});
export const userLocator = locator('user', 'User', 'The inbox user', 'getUsers', {
	displayName: 'By ID',
	placeholder: '42',
	regex: '^\\d+$',
	errorMessage: 'A user ID is a whole number',
});
export const groupLocator = locator('group', 'Group', 'The group of users', 'getGroups', {
	displayName: 'By ID',
	placeholder: '23',
	regex: '^\\d+$',
	errorMessage: 'A group ID is a whole number',
});
export const templateLocator = locator('template', 'Template', "A WhatsApp message template; the list shows each language's review status, and only approved ones can be sent", 'getTemplates', {
	displayName: 'By Name',
	placeholder: 'order_shipped',
	regex: '^[a-z0-9_]+$',
	errorMessage: 'Template names use lower-case letters, digits and underscores',
});

/** "+48 123-123-123" -> "48123123123": Wabbit's wa_id is the number's digits, country code first. */
export function waIdFrom(ctx: IExecuteSingleFunctions, raw: string, label: string): string {
	if (raw === '') throw fieldError(ctx, `"${label}"`, 'is empty');
	const digits = raw
		.replace(/^\+/, '')
		.replace(/^00/, '')
		.replace(/[\s().-]/g, '');
	if (!/^\d{6,20}$/.test(digits)) throw fieldError(ctx, `"${label}"`, `"${raw}" is not a WhatsApp number (digits in international format)`);
	return digits;
}

/** The wa_id in a parameter (a chat picker or a number field). */
export function waIdOf(ctx: IExecuteSingleFunctions, parameter: string, label: string): string {
	return waIdFrom(ctx, textParameter(ctx, parameter), label);
}

/** A whole-number id from a resource locator's or a number field's text. */
export function idFrom(ctx: IExecuteSingleFunctions, raw: string, label: string): number {
	if (!/^\d+$/.test(raw)) throw fieldError(ctx, `"${label}"`, raw === '' ? 'is empty' : `"${raw}" is not an ID (a whole number)`);
	return Number(raw);
}

/** A whole-number id from a resource locator or a number field. */
export function idOf(ctx: IExecuteSingleFunctions, parameter: string, label: string): number {
	return idFrom(ctx, textParameter(ctx, parameter), label);
}

/** Accepts a date (ISO text or n8n date) or POSIX seconds; Wabbit wants POSIX seconds. */
export function posixOf(ctx: IExecuteSingleFunctions, value: unknown, label: string): number {
	if (typeof value === 'number' && Number.isFinite(value)) return Math.floor(value);
	const text = String(value ?? '').trim();
	if (/^\d+$/.test(text)) return Number(text);
	const ms = Date.parse(text);
	if (!Number.isFinite(ms)) throw fieldError(ctx, `"${label}"`, `"${text}" is not a date or POSIX timestamp`);
	return Math.floor(ms / 1000);
}

/** Parses a JSON parameter that may arrive as text or as an object already. */
export function jsonParameter(ctx: IExecuteSingleFunctions, value: unknown, label: string): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	try {
		return JSON.parse(value);
	} catch {
		throw fieldError(ctx, `"${label}"`, 'is not valid JSON');
	}
}

/** A picker's filter: matches when any of the texts contains it (any case). */
export const matchesFilter = (filter: string | undefined, ...texts: Array<string | number | undefined>) =>
	!filter ||
	texts.some((t) =>
		String(t ?? '')
			.toLowerCase()
			.includes(filter.toLowerCase()),
	);

/** n8n lists collection options by display name; shared fields are merged in, so sort here. */
export function sortedByName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Time-window filters shared by the message and event lists (before_time strict, since_time inclusive). */
export function timeFilters(): INodeProperties[] {
	return [
		{
			displayName: 'Before',
			name: 'beforeTime',
			type: 'dateTime',
			default: '',
			description: 'Only items strictly older than this time',
		},
		{
			displayName: 'Since',
			name: 'sinceTime',
			type: 'dateTime',
			default: '',
			description: 'Only items at or newer than this time',
		},
	];
}

/** Copies the time filters of a `filters` collection into qs as POSIX seconds. */
export async function applyTimeFilters(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const filters = this.getNodeParameter('filters', {}) as { beforeTime?: string; sinceTime?: string };
	const qs = { ...(requestOptions.qs ?? {}) };
	if (filters.beforeTime) qs.before_time = posixOf(this, filters.beforeTime, 'Before');
	if (filters.sinceTime) qs.since_time = posixOf(this, filters.sinceTime, 'Since');
	requestOptions.qs = qs;
	return requestOptions;
}
