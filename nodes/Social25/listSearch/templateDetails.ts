import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import type { Conversation } from '../../../schemas/social25/types.generated';
import { pickedParameter, variableFields } from '../../shared/templates';
import { templateListPath, templateVersions } from '../shared/templates';
import { currentTenantId } from '../shared/tenant';
import { social25ApiRequest } from '../shared/transport';

/**
 * The conversation whose template list the editor reads: the picked one, or, while Conversation
 * is an expression (as in Send in Bulk), the first WhatsApp conversation of the tenant: the
 * templates belong to the WhatsApp number, not to one customer. '' when there is none.
 */
export async function templateConversationId(ctx: ILoadOptionsFunctions, tenantId: string): Promise<string> {
	const picked = pickedParameter(ctx, 'conversationId');
	if (picked) return picked;
	const page = (await social25ApiRequest.call(ctx, 'GET', `/tenants/${encodeURIComponent(tenantId)}/conversations/`)) as { results: Conversation[] };
	return page.results.find((c) => c.platform.source === 'whatsapp')?.id ?? '';
}

/** The picked template's variables, {{1}} first, each labelled with the template's words around it. */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const name = pickedParameter(this, 'template');
	const language = pickedParameter(this, 'language');
	if (!name || !language) return variableFields(undefined);
	const tenantId = await currentTenantId(this);
	const conversationId = await templateConversationId(this, tenantId);
	if (!conversationId) return { fields: [], emptyFieldsNotice: 'Pick a WhatsApp conversation first' };
	const versions = templateVersions(await social25ApiRequest.call(this, 'GET', templateListPath(tenantId, conversationId), { language }), language);
	const version = versions.find((v) => v.name === name);
	if (!version) return { fields: [], emptyFieldsNotice: `"${name}" is not an approved template in "${language}"` };
	return variableFields(version);
}
