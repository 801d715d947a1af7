import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Group } from '../../../schemas/wabbit/types.generated';
import { matchesFilter } from '../shared/descriptions';
import { wabbitApiRequestAll } from '../shared/transport';

export async function getGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const groups = (await wabbitApiRequestAll.call(this, '/groups/')) as Group[];
	return { results: groups.filter((g) => matchesFilter(filter, g.name, g.id)).map((g) => ({ name: g.name, value: String(g.id) })) };
}
