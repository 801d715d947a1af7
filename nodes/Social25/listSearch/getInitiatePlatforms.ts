import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { tenantPlatforms } from '../shared/tenant';

/** Initiate Conversations (V2): WhatsApp and SMS platforms, by external identifier (page_id). */
export async function getInitiatePlatforms(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	return {
		results: (await tenantPlatforms(this)).filter((p) => p.platform === 'whatsapp' || p.platform === 'sms').map((p) => ({ name: `${p.name} (${p.platform}, ${p.page_id})`, value: String(p.page_id) })),
	};
}
