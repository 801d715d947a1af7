import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { jidPath, toChannelJid } from '../shared/jid';
import { spotlerApiRequest } from '../shared/transport';

/**
 * A parameter of the node being edited, resource locators unwrapped. Read raw: the parameter may
 * not be shown for the current operation (labels on Conversation → Update have no company field).
 */
function currentValue(ctx: ILoadOptionsFunctions, name: string): string {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	const value = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
	return String(value ?? '').trim();
}

/** The company chosen on the node, or the API key's own company. */
export async function pickerCompanyId(ctx: ILoadOptionsFunctions): Promise<string> {
	const chosen = currentValue(ctx, 'company');
	if (chosen !== '') return chosen;
	return (await spotlerApiRequest.call(ctx, 'GET', '/companies/current') as { id: string }).id;
}

/** The channel chosen on the node, as a URL path segment (pickers of per-channel things need it). */
export function pickerChannelPath(ctx: ILoadOptionsFunctions): string {
	const chosen = currentValue(ctx, 'channel');
	if (chosen === '' || chosen.startsWith('=')) throw new Error('Choose a channel first');
	return jidPath(toChannelJid(chosen));
}

/** Case-insensitive search over the name and value of every entry. */
export function searchResult(items: INodeListSearchItems[], filter?: string): INodeListSearchResult {
	const needle = filter?.trim().toLowerCase();
	return {
		results: items.filter((i) => !needle || i.name.toLowerCase().includes(needle) || String(i.value).toLowerCase().includes(needle)),
	};
}
