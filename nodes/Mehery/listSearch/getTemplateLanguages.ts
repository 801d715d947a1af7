import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { languageOption } from '../../shared/templates';
import { pickedCode, pickedTemplate, versionsOnPickedChannel } from '../shared/templates';

/** The languages the picked template has, each with its status on the picked channel. */
export async function getTemplateLanguages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const versions = await versionsOnPickedChannel(this);
	const code = pickedCode(versions, pickedTemplate(this));
	return code ? versions.filter((v) => v.name === code).map(languageOption) : [];
}
