import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { pickedParameter, variableFields } from '../../shared/templates';
import { pickedCode, pickedTemplate, versionsOnPickedChannel } from '../shared/templates';

/** The picked template's named placeholders ({{name}}, {{order}}), each with the words around it. */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const language = pickedParameter(this, 'templateLanguage');
	const template = pickedTemplate(this);
	if (!template.value || !language) return variableFields(undefined);
	const versions = await versionsOnPickedChannel(this);
	const code = pickedCode(versions, template);
	return variableFields(versions.find((v) => v.name === code && v.language === language));
}
