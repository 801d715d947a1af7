import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { spotlerApiRequest } from '../shared/transport';

interface Channel {
	jid: string;
	name: string;
}

export async function getChannels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const channels = await spotlerApiRequest.call(this, 'GET', '/channels') as Channel[];
	const needle = filter?.toLowerCase();
	return {
		results: channels
			.filter((c) => !needle || c.name.toLowerCase().includes(needle) || c.jid.includes(needle))
			.map((c) => ({ name: `${c.name} (${c.jid})`, value: c.jid })),
	};
}
