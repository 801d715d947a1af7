import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Assistant } from '../../../schemas/spotler/types.generated';
import { spotlerApiRequest } from '../shared/transport';
import { pickerCompanyId, searchResult } from '../shared/pickers';

export async function getAssistants(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const companyId = await pickerCompanyId(this);
	const assistants = (await spotlerApiRequest.call(this, 'GET', `/companies/${encodeURIComponent(companyId)}/assistants`)) as Assistant[];
	return searchResult(
		assistants.map((a) => ({ name: a.name, value: a.jid })),
		filter,
	);
}
