import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { pickedParameter } from '../../shared/templates';
import { jidPath, toChannelJid } from './jid';
import { spotlerApiRequest } from './transport';

/**
 * What the pickers (listSearch/) read of the node being edited. Parameters are read raw: the one
 * asked for may not be shown for the current operation (labels on Conversation → Update have no
 * company field).
 */

/** The company chosen on the node, or the API key's own company. */
export async function pickerCompanyId(ctx: ILoadOptionsFunctions): Promise<string> {
	const chosen = pickedParameter(ctx, 'company');
	if (chosen !== '') return chosen;
	return ((await spotlerApiRequest.call(ctx, 'GET', '/companies/current')) as { id: string }).id;
}

/** The channel chosen on the node, as a URL path segment (pickers of per-channel things need it). */
export function pickerChannelPath(ctx: ILoadOptionsFunctions): string {
	const chosen = pickedParameter(ctx, 'channel');
	if (chosen === '') throw new Error('Choose a channel first');
	return jidPath(toChannelJid(chosen));
}

/** Case-insensitive search over the name and value of every entry. */
export function searchResult(items: INodeListSearchItems[], filter?: string): INodeListSearchResult {
	const needle = filter?.trim().toLowerCase();
	return {
		results: items.filter((i) => !needle || i.name.toLowerCase().includes(needle) || String(i.value).toLowerCase().includes(needle)),
	};
}
