import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions, ResourceMapperFields } from 'n8n-workflow';

import type { Chat, Group, Tag, User } from '../../../schemas/wabbit/types.generated';
import { languageOption, pickedParameter, templateLabel, variableFields, type TemplateVersion } from '../../shared/templates';
import { wabbitTemplateVersions } from '../shared/templates';
import { wabbitApiRequest, wabbitApiRequestAll } from '../shared/transport';

const matches = (filter: string | undefined, ...texts: Array<string | number | undefined>) =>
	!filter || texts.some((t) => String(t ?? '').toLowerCase().includes(filter.toLowerCase()));

/** Chats newest first; the filter is Wabbit's own search. One page of 100 keeps the picker quick. */
export async function getChats(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const page = await wabbitApiRequest.call(this, 'GET', '/chats/', undefined, { limit: 100, ...(filter ? { search: filter } : {}) }) as { results: Chat[] };
	return {
		results: page.results.map((chat) => ({
			name: `${String(chat.contact.waba_payload.profile?.name ?? chat.wa_id)} (+${chat.wa_id})`,
			value: chat.wa_id,
		})),
	};
}

export async function getTags(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const tags = await wabbitApiRequestAll.call(this, '/tags/') as Tag[];
	return { results: tags.filter((t) => matches(filter, t.name, t.id)).map((t) => ({ name: t.name, value: String(t.id) })) };
}

export async function getUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const users = await wabbitApiRequestAll.call(this, '/users/') as User[];
	return {
		results: users
			.filter((u) => matches(filter, u.username, u.first_name, u.last_name, u.email))
			.map((u) => ({ name: `${[u.first_name, u.last_name].filter(Boolean).join(' ') || u.username} (${u.username}, ${u.profile.role})`, value: String(u.id) })),
	};
}

export async function getGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const groups = await wabbitApiRequestAll.call(this, '/groups/') as Group[];
	return { results: groups.filter((g) => matches(filter, g.name, g.id)).map((g) => ({ name: g.name, value: String(g.id) })) };
}

/** Every template with its languages and review status, so a rejected or pending one is seen before it is picked. */
export async function getTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const versions = (await wabbitTemplateVersions(this)).filter((v) => matches(filter, v.name));
	const names = new Map<string, TemplateVersion[]>();
	for (const v of versions) names.set(v.name, [...(names.get(v.name) ?? []), v]);
	return { results: [...names].map(([name, ofName]) => ({ name: templateLabel(name, ofName), value: name })) };
}

/** The languages the picked template has, each with its review status. */
export async function getTemplateLanguages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const name = pickedParameter(this, 'template');
	if (!name) return [];
	return (await wabbitTemplateVersions(this)).filter((v) => v.name === name).map(languageOption);
}

/** The picked template's variables, {{1}} first, each labelled with the template's example value. */
export async function getTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const name = pickedParameter(this, 'template');
	const language = pickedParameter(this, 'languageCode');
	if (!name || !language) return variableFields(undefined);
	return variableFields((await wabbitTemplateVersions(this)).find((v) => v.name === name && v.language === language));
}

/** For options fields (filters, user groups). */
export async function getGroupOptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const groups = await wabbitApiRequestAll.call(this, '/groups/') as Group[];
	return groups.map((g) => ({ name: g.name, value: g.id })).sort((a, b) => a.name.localeCompare(b.name));
}
