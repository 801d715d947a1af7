import type { ILoadOptionsFunctions, INodePropertyOptions, ResourceMapperFields } from 'n8n-workflow';

import { languageOption, variableFields } from '../../shared/templates';
import { spotlerTemplateVersions } from '../shared/templates';
import { pickerChannelPath } from './shared';

/** The picked template's name and language as the editor holds them ('' while unset or an expression). */
function picked(ctx: ILoadOptionsFunctions, name: string): string {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	const value = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
	const text = String(value ?? '').trim();
	return text.startsWith('=') ? '' : text;
}

/** The languages the picked template has, each with its review status. */
export async function getTemplateLanguages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const name = picked(this, 'template');
	if (!name) return [];
	const versions = await spotlerTemplateVersions(this, pickerChannelPath(this));
	return versions.filter((v) => v.name === name).map(languageOption);
}

/** The picked template's variables, {{1}} first, each labelled with the words around it. */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const name = picked(this, 'template');
	const language = picked(this, 'templateLanguage');
	if (!name || !language) return variableFields(undefined);
	const versions = await spotlerTemplateVersions(this, pickerChannelPath(this));
	return variableFields(versions.find((v) => v.name === name && v.language === language));
}
