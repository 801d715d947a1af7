import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Agent } from '../../../schemas/spotler/types.generated';
import { spotlerApiRequest } from '../shared/transport';
import { pickerCompanyId, searchResult } from '../shared/pickers';

export async function getAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const companyId = await pickerCompanyId(this);
	const agents = (await spotlerApiRequest.call(this, 'GET', `/companies/${encodeURIComponent(companyId)}/agents`)) as Agent[];
	return searchResult(
		agents.map((a) => ({ name: `${a.name.fullName} (${a.email})`, value: a.email })),
		filter,
	);
}
