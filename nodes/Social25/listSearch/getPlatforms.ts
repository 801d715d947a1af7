import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Tenant } from '../../../schemas/social25/types.generated';
import { social25ApiRequest } from '../shared/transport';
import { currentTenantId } from '../shared/tenant';

async function platforms(ctx: ILoadOptionsFunctions) {
	const tenantId = await currentTenantId(ctx);
	const page = await social25ApiRequest.call(ctx, 'GET', '/tenants/') as { results: Tenant[] };
	return page.results.find((t) => t.id === tenantId)?.platforms ?? [];
}

/** Initiate Conversations (V2): WhatsApp and SMS platforms, by external identifier (page_id). */
export async function getInitiatePlatforms(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	return {
		results: (await platforms(this))
			.filter((p) => p.platform === 'whatsapp' || p.platform === 'sms')
			.map((p) => ({ name: `${p.name} (${p.platform}, ${p.page_id})`, value: String(p.page_id) })),
	};
}

/** Initiate Conversation V1 (deprecated): WhatsApp platforms, by id. */
export async function getWhatsAppPlatformIds(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	return {
		results: (await platforms(this))
			.filter((p) => p.platform === 'whatsapp')
			.map((p) => ({ name: `${p.name} (${p.page_id})`, value: String(p.id) })),
	};
}
