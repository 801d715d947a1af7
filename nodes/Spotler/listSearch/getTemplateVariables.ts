import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { pickedParameter, variableFields } from '../../shared/templates';
import { pickerChannelPath } from '../shared/pickers';
import { spotlerTemplateVersions } from '../shared/templates';

/** The picked template's variables, {{1}} first, each labelled with the words around it. */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const name = pickedParameter(this, 'template');
	const language = pickedParameter(this, 'templateLanguage');
	if (!name || !language) return variableFields(undefined);
	const versions = await spotlerTemplateVersions(this, pickerChannelPath(this));
	return variableFields(versions.find((v) => v.name === name && v.language === language));
}
