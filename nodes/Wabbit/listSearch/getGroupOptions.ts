import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { Group } from '../../../schemas/wabbit/types.generated';
import { wabbitApiRequestAll } from '../shared/transport';

/** For options fields (filters, user groups). */
export async function getGroupOptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const groups = (await wabbitApiRequestAll.call(this, '/groups/')) as Group[];
	return groups.map((g) => ({ name: g.name, value: g.id })).sort((a, b) => a.name.localeCompare(b.name));
}
