import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Company } from '../../../schemas/spotler/types.generated';
import { spotlerApiRequest } from '../shared/transport';
import { searchResult } from '../shared/pickers';

export async function getCompanies(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const companies = (await spotlerApiRequest.call(this, 'GET', '/companies')) as Company[];
	return searchResult(
		companies.map((c) => ({ name: c.name, value: c.id })),
		filter,
	);
}
