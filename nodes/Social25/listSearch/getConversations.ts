import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Conversation } from '../../../schemas/social25/types.generated';
import { social25ApiRequest } from '../shared/transport';
import { currentTenantId } from '../shared/tenant';

/** A search reads at most this many pages, so a huge tenant cannot stall the editor. */
const MAX_SEARCH_PAGES = 20;

interface ConversationPage {
	next: string | null;
	results: Conversation[];
}

function label(c: Conversation): string {
	const who = [c.user.first_name, c.user.last_name].filter(Boolean).join(' ') || c.user.phone_number || c.user.id;
	return `${who} (${c.platform.source}, ${c.state.toLowerCase()})`;
}

const pageNumberOf = (next: string | null) => (next ? (new URL(next).searchParams.get('page') ?? undefined) : undefined);

/**
 * Open and Auto Bot conversations (the API's default list). Browsing goes page by page; a search
 * reads the pages itself (the API has no search parameter) and returns every match.
 */
export async function getConversations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const path = `/tenants/${encodeURIComponent(await currentTenantId(this))}/conversations/`;
	const fetchPage = async (page?: string) => (await social25ApiRequest.call(this, 'GET', path, page ? { page } : undefined)) as ConversationPage;
	const needle = filter?.trim().toLowerCase();
	if (!needle) {
		const page = await fetchPage(paginationToken);
		return { results: page.results.map((c) => ({ name: label(c), value: c.id })), paginationToken: pageNumberOf(page.next) };
	}
	const matches: INodeListSearchResult['results'] = [];
	let next: string | undefined;
	for (let read = 0; read < MAX_SEARCH_PAGES; read++) {
		const page = await fetchPage(next);
		for (const c of page.results) {
			const name = label(c);
			if (name.toLowerCase().includes(needle) || c.id.startsWith(needle)) matches.push({ name, value: c.id });
		}
		next = pageNumberOf(page.next);
		if (!next) break;
	}
	return { results: matches };
}
