import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Team } from '../../../schemas/spotler/types.generated';
import { spotlerApiRequest } from '../shared/transport';
import { pickerCompanyId, searchResult } from '../shared/pickers';

export async function getTeams(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const companyId = await pickerCompanyId(this);
	const teams = (await spotlerApiRequest.call(this, 'GET', `/companies/${encodeURIComponent(companyId)}/teams`)) as Team[];
	return searchResult(
		teams.map((t) => ({ name: t.name, value: t.jid })),
		filter,
	);
}
