import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { languageOption, pickedParameter } from '../../shared/templates';
import { wabbitTemplateVersions } from '../shared/templates';

/** The languages the picked template has, each with its review status. */
export async function getTemplateLanguages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const name = pickedParameter(this, 'template');
	if (!name) return [];
	return (await wabbitTemplateVersions(this)).filter((v) => v.name === name).map(languageOption);
}
