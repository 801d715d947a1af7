import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchResult } from '../shared/pickers';
import { companyLabels } from '../shared/labels';

export async function getLabels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return searchResult(
		(await companyLabels(this)).map((l) => ({ name: l.name, value: l.jid })),
		filter,
	);
}
