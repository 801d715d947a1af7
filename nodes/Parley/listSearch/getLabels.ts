import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { getConfiguration } from '../shared/transport';

/** Every label of every category, once. */
export async function getLabels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { account } = await getConfiguration(this);
	const labels = new Set((account.categoriesAndLabels ?? []).flatMap((c) => c.labels));
	return [...labels].map((l) => ({ name: l, value: l })).sort((a, b) => a.name.localeCompare(b.name));
}
