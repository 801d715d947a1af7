import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions, ResourceMapperFields } from 'n8n-workflow';

import { languageOption, templateLabel, variableFields } from '../../shared/templates';
import { meheryTemplateVersions, pickedCode, type MeheryTemplateVersion } from '../shared/templates';

/** A parameter as the editor holds it: resource locators unwrapped, '' while unset or an expression. */
function current(ctx: ILoadOptionsFunctions, name: string): { mode?: string; value: string } {
	const raw = ctx.getCurrentNodeParameter(name) as unknown;
	const locator = raw && typeof raw === 'object' && 'value' in raw ? (raw as { mode?: string; value: unknown }) : { value: raw };
	const value = String(locator.value ?? '').trim();
	return { mode: locator.mode, value: value.startsWith('=') ? '' : value };
}

async function versionsOnPickedChannel(ctx: ILoadOptionsFunctions): Promise<MeheryTemplateVersion[]> {
	return await meheryTemplateVersions(ctx, current(ctx, 'channel').value);
}

/**
 * Version 2's template picker: one entry per code with every language's status on the picked
 * channel ("Welcome (WELCOME: en_US: approved, nl: pending)"), so a rejected or pending template is
 * seen before it is sent. Templates never submitted for the channel are left out.
 */
export async function getTemplatesWithStatus(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const channelId = current(this, 'channel').value;
	const versions = (await versionsOnPickedChannel(this)).filter((v) => !channelId || !v.status.startsWith('not submitted'));
	const needle = filter?.toLowerCase();
	const codes = [...new Set(versions.map((v) => v.name))];
	return {
		results: codes
			.map((code) => versions.filter((v) => v.name === code))
			.filter((list) => !needle || `${list[0].name} ${list[0].title}`.toLowerCase().includes(needle))
			.map((list) => ({ name: `${list[0].title}: ${templateLabel(list[0].name, list)}`, value: list[0].id })),
	};
}

/** The languages the picked template has, each with its status on the picked channel. */
export async function getTemplateLanguages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const versions = await versionsOnPickedChannel(this);
	const code = pickedCode(versions, current(this, 'template'));
	return code ? versions.filter((v) => v.name === code).map(languageOption) : [];
}

/** The picked template's named placeholders ({{name}}, {{order}}), each with the words around it. */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const language = current(this, 'templateLanguage').value;
	if (!current(this, 'template').value || !language) return variableFields(undefined);
	const versions = await versionsOnPickedChannel(this);
	const code = pickedCode(versions, current(this, 'template'));
	return variableFields(versions.find((v) => v.name === code && v.language === language));
}
