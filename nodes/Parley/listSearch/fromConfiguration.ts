/** Pickers, all filled from GET /configuration: search profiles, connections, users, categories, labels. */
import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { getConfiguration } from '../shared/transport';

async function profiles(ctx: ILoadOptionsFunctions, filter: string | undefined, value: 'name' | 'id'): Promise<INodeListSearchResult> {
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
	return await profiles(this, filter, 'name');
}

/** Search profiles by id (case actions). */
export async function getSearchIds(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await profiles(this, filter, 'id');
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

/** Connections replies go out on; the first option uses the result's own connection. */
export async function getConnections(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account } = await getConfiguration(this);
	const connections = account.connections.map((c) => ({ name: `${c.name} (${c.source}, ${c.id})`, value: String(c.id) })).sort(byName);
	return [{ name: "The Result's Own Connection", value: '' }, ...connections];
}

export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account } = await getConfiguration(this);
	return account.users.map((u) => ({ name: `${u.name} (${u.email})`, value: String(u.id) })).sort(byName);
}

export async function getCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account } = await getConfiguration(this);
	return (account.categoriesAndLabels ?? []).map((c) => ({ name: c.category, value: c.category })).sort(byName);
}

export async function getLabels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account } = await getConfiguration(this);
	const labels = new Set((account.categoriesAndLabels ?? []).flatMap((c) => c.labels));
	return [...labels].map((l) => ({ name: l, value: l })).sort(byName);
}
