import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { getConfiguration } from '../shared/transport';

/** The configuration's search profiles matching the filter, valued by name or by id. */
export async function searchProfileList(ctx: ILoadOptionsFunctions, filter: string | undefined, value: 'name' | 'id'): Promise<INodeListSearchResult> {
	const { account } = await getConfiguration(ctx);
	const needle = filter?.toLowerCase();
	return {
		results: account.searches
			.filter((p) => !needle || p.name.toLowerCase().includes(needle) || String(p.id) === needle)
			.map((p) => ({ name: `${p.name} (${p.id})`, value: value === 'name' ? p.name : String(p.id) })),
	};
}

/** Search profiles by name (result searches and the trigger). */
export async function getSearchProfiles(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchProfileList(this, filter, 'name');
}
