import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import type { Chat, Group, Tag, Template, User } from '../../../schemas/wabbit/types.generated';
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

/** Approved templates only: the others cannot be sent. */
export async function getTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const templates = await wabbitApiRequestAll.call(this, '/templates/') as Template[];
	const names = new Map<string, string[]>();
	for (const t of templates.filter((t) => t.status.toLowerCase() === 'approved' && matches(filter, t.name))) {
		names.set(t.name, [...(names.get(t.name) ?? []), t.language]);
	}
	return { results: [...names].map(([name, languages]) => ({ name: `${name} (${languages.join(', ')})`, value: name })) };
}

/** For options fields (filters, user groups). */
export async function getGroupOptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const groups = await wabbitApiRequestAll.call(this, '/groups/') as Group[];
	return groups.map((g) => ({ name: g.name, value: g.id })).sort((a, b) => a.name.localeCompare(b.name));
}
