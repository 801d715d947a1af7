import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { pickedParameter, variableFields } from '../../shared/templates';
import { templateConversationId, templateListPath, templateVersions } from '../shared/templates';
import { currentTenantId } from '../shared/tenant';
import { social25ApiRequest } from '../shared/transport';

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
