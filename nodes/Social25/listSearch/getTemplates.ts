import { NodeOperationError, type ILoadOptionsFunctions, type INodeListSearchResult } from 'n8n-workflow';

import type { WhatsAppTemplate } from '../../../schemas/social25/types.generated';
import { social25ApiRequest } from '../shared/transport';
import { currentTenantId } from '../shared/tenant';

/** Approved WhatsApp templates in the chosen language; they are listed per conversation. */
export async function getTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const tenantId = await currentTenantId(this);
	const conversationId = String(this.getCurrentNodeParameter('conversationId', { extractValue: true }) ?? '').trim();
	const language = String(this.getCurrentNodeParameter('language') ?? '').trim();
	if (!conversationId || !language) throw new NodeOperationError(this.getNode(), 'Pick a WhatsApp conversation and enter a language first');
	const response = await social25ApiRequest.call(
		this,
		'GET',
		`/tenants/${encodeURIComponent(tenantId)}/conversations/${encodeURIComponent(conversationId)}/whatsapp_templates/`,
		{ language },
	) as Record<string, WhatsAppTemplate[] | string>;
	const templates = (response[language] ?? []) as WhatsAppTemplate[];
	const needle = filter?.toLowerCase();
	return {
		results: templates
			.filter((t) => !needle || t.name.toLowerCase().includes(needle) || t.text.toLowerCase().includes(needle))
			.map((t) => ({ name: `${t.name}: ${t.text}`, value: t.name })),
	};
}
