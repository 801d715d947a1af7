import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { ContactList } from '../../../schemas/spotler/types.generated';
import { spotlerApiRequest } from '../shared/transport';
import { pickerChannelPath, searchResult } from '../shared/pickers';

export async function getLists(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const lists = (await spotlerApiRequest.call(this, 'GET', `/channels/${pickerChannelPath(this)}/lists`)) as ContactList[];
	return searchResult(
		lists.map((l) => ({ name: l.name.fullName, value: l.jid })),
		filter,
	);
}
