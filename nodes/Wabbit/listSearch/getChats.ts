import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Chat } from '../../../schemas/wabbit/types.generated';
import { wabbitApiRequest } from '../shared/transport';

/** Chats newest first; the filter is Wabbit's own search. One page of 100 keeps the picker quick. */
export async function getChats(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const page = (await wabbitApiRequest.call(this, 'GET', '/chats/', undefined, { limit: 100, ...(filter ? { search: filter } : {}) })) as { results: Chat[] };
	return {
		results: page.results.map((chat) => ({
			name: `${String(chat.contact.waba_payload.profile?.name ?? chat.wa_id)} (+${chat.wa_id})`,
			value: chat.wa_id,
		})),
	};
}
