import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Agent } from '../../../schemas/social25/types.generated';
import { social25ApiRequest } from '../shared/transport';
import { currentTenantId } from '../shared/tenant';

/** The tenant's agents, one page at a time. */
export async function getAgents(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const path = `/tenants/${encodeURIComponent(await currentTenantId(this))}/agents/`;
	const page = (await social25ApiRequest.call(this, 'GET', path, paginationToken ? { page: paginationToken } : undefined)) as {
		next: string | null;
		results: Agent[];
	};
	const needle = filter?.trim().toLowerCase();
	return {
		results: page.results
			.map((a) => ({ name: `${[a.first_name, a.last_name].filter(Boolean).join(' ')} (${a.username || a.type.toLowerCase()})`, value: a.id }))
			.filter((r) => !needle || r.name.toLowerCase().includes(needle)),
		paginationToken: page.next ? (new URL(page.next).searchParams.get('page') ?? undefined) : undefined,
	};
}
