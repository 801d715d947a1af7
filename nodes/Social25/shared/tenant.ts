import { NodeOperationError, type ICredentialDataDecryptedObject, type IExecuteFunctions, type ILoadOptionsFunctions } from 'n8n-workflow';

import type { Tenant, TenantPlatform } from '../../../schemas/social25/types.generated';
import { social25ApiRequest } from './transport';

/**
 * The tenant picked in the node, else the tenant ID of the credential ('' when neither is set).
 * Every code path that builds a tenant URL goes through here.
 */
export async function tenantIdOf(picked: unknown, getCredentials: (type: string) => Promise<ICredentialDataDecryptedObject>): Promise<string> {
	const chosen = String(picked ?? '').trim();
	if (chosen) return chosen;
	return String((await getCredentials('social25Api')).tenantId ?? '').trim();
}

/** For customOperations: the tenant of the run (read from the first item). */
export async function tenantIdFor(ctx: IExecuteFunctions): Promise<string> {
	const tenantId = await tenantIdOf(ctx.getNodeParameter('tenant', 0, '', { extractValue: true }), async (type) => await ctx.getCredentials(type));
	if (!tenantId) throw new NodeOperationError(ctx.getNode(), '"Tenant" is empty and the credential has no tenant ID');
	return tenantId;
}

/** For pickers, which need a tenant before they can list anything. */
export async function currentTenantId(ctx: ILoadOptionsFunctions): Promise<string> {
	const tenantId = await tenantIdOf(ctx.getCurrentNodeParameter('tenant', { extractValue: true }), async (type) => await ctx.getCredentials(type));
	if (!tenantId) throw new NodeOperationError(ctx.getNode(), 'Pick a tenant first, or enter a tenant ID in the credential');
	return tenantId;
}

/** For pickers: the platforms of the current tenant (GET /tenants/ lists every tenant the token reaches). */
export async function tenantPlatforms(ctx: ILoadOptionsFunctions): Promise<TenantPlatform[]> {
	const tenantId = await currentTenantId(ctx);
	const page = (await social25ApiRequest.call(ctx, 'GET', '/tenants/')) as { results: Tenant[] };
	return page.results.find((t) => t.id === tenantId)?.platforms ?? [];
}
