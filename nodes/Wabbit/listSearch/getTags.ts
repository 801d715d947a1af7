import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Tag } from '../../../schemas/wabbit/types.generated';
import { matchesFilter } from '../shared/descriptions';
import { wabbitApiRequestAll } from '../shared/transport';

export async function getTags(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const tags = (await wabbitApiRequestAll.call(this, '/tags/')) as Tag[];
	return { results: tags.filter((t) => matchesFilter(filter, t.name, t.id)).map((t) => ({ name: t.name, value: String(t.id) })) };
}
