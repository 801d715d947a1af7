import { NodeOperationError, type ILoadOptionsFunctions, type INodeListSearchResult } from 'n8n-workflow';

import { templateConversationId, templateListPath, templateVersions } from '../shared/templates';
import { social25ApiRequest } from '../shared/transport';
import { currentTenantId } from '../shared/tenant';

/** Approved WhatsApp templates in the chosen language; they are listed per conversation. */
export async function getTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const tenantId = await currentTenantId(this);
	const conversationId = await templateConversationId(this, tenantId);
	const language = String(this.getCurrentNodeParameter('language') ?? '').trim();
	if (!conversationId || !language) throw new NodeOperationError(this.getNode(), 'Pick a WhatsApp conversation and enter a language first');
	const response = await social25ApiRequest.call(this, 'GET', templateListPath(tenantId, conversationId), { language });
	const templates = templateVersions(response, language);
	const needle = filter?.toLowerCase();
	return {
		results: templates.filter((t) => !needle || t.name.toLowerCase().includes(needle) || t.text.toLowerCase().includes(needle)).map((t) => ({ name: `${t.name}: ${t.text}`, value: t.name })),
	};
}
