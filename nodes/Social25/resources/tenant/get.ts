import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import type { Tenant } from '../../../../schemas/social25/types.generated';
import { operation } from '../../shared/operations';
import { tenantIdOf } from '../../shared/tenant';

/**
 * GET /tenants/ lists every tenant the token reaches; keep the one picked in the node (or the
 * credential's), inside the page so the pagination still reads it.
 */
async function keepSelectedTenant(this: IExecuteSingleFunctions, items: INodeExecutionData[], _response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	const tenantId = await tenantIdOf(this.getNodeParameter('tenant', '', { extractValue: true }), async (type) => await this.getCredentials(type));
	if (!tenantId) return items;
	return items.map((item) => {
		const page = item.json as unknown as { results?: Tenant[] };
		if (!Array.isArray(page.results)) return item;
		return { ...item, json: { ...item.json, results: page.results.filter((t) => t.id === tenantId) } as unknown as INodeExecutionData['json'] };
	});
}

export const tenantGet = operation({
	name: 'Get',
	value: 'get',
	action: 'Get the tenant configuration',
	description: 'Get the tenant configuration: platforms, tags and the requesting agent',
	method: 'GET',
	path: '/tenants/',
	output: [keepSelectedTenant],
});
