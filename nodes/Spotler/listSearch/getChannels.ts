import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { Channel } from '../../../schemas/spotler/types.generated';
import { spotlerApiRequest } from '../shared/transport';
import { searchResult } from '../shared/pickers';

export async function getChannels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const channels = (await spotlerApiRequest.call(this, 'GET', '/channels')) as Channel[];
	return searchResult(
		channels.map((c) => ({ name: `${c.name} (${c.jid})`, value: c.jid })),
		filter,
	);
}
