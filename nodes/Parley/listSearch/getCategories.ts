import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { getConfiguration } from '../shared/transport';

/** The account's result categories. */
export async function getCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account } = await getConfiguration(this);
	return (account.categoriesAndLabels ?? []).map((c) => ({ name: c.category, value: c.category })).sort((a, b) => a.name.localeCompare(b.name));
}
