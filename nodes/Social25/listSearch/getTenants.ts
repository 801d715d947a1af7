import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Tenant } from '../../../schemas/social25/types.generated';
import { social25ApiRequest } from '../shared/transport';

export async function getTenants(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	const page = (await social25ApiRequest.call(this, 'GET', '/tenants/')) as { results: Tenant[] };
	return { results: page.results.map((t) => ({ name: t.name, value: t.id })) };
}
