import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { pickedParameter, variableFields } from '../../shared/templates';
import { wabbitTemplateVersions } from '../shared/templates';

/** The picked template's variables, {{1}} first, each labelled with the template's example value. */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const name = pickedParameter(this, 'template');
	const language = pickedParameter(this, 'languageCode');
	if (!name || !language) return variableFields(undefined);
	return variableFields((await wabbitTemplateVersions(this)).find((v) => v.name === name && v.language === language));
}
