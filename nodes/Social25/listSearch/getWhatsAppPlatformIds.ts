import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { tenantPlatforms } from '../shared/tenant';

/** Initiate Conversation V1 (deprecated): WhatsApp platforms, by id. */
export async function getWhatsAppPlatformIds(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	return {
		results: (await tenantPlatforms(this)).filter((p) => p.platform === 'whatsapp').map((p) => ({ name: `${p.name} (${p.page_id})`, value: String(p.id) })),
	};
}
