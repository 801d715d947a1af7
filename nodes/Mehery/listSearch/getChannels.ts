import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { ApiResultsMetaCompactResponse_MsgChannelObject_ } from '../../../schemas/mehery/types.generated';
import { meheryApiRequest } from '../shared/transport';

/** Every configured channel, sandbox channels included (marked as such). */
export async function getChannels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const live = (await meheryApiRequest.call(this, 'GET', '/api/v1/config/channels')) as ApiResultsMetaCompactResponse_MsgChannelObject_;
	const all = (await meheryApiRequest.call(this, 'GET', '/api/v1/config/channels', undefined, { sabdnox: true, sandbox: true })) as ApiResultsMetaCompactResponse_MsgChannelObject_;
	const liveIds = new Set((live.results ?? []).map((c) => c.channelId));
	const needle = filter?.toLowerCase();
	return {
		results: (all.results ?? [])
			.filter((c) => !needle || `${c.name ?? ''} ${c.channelId}`.toLowerCase().includes(needle))
			.map((c) => ({
				name: `${c.name ?? c.channelId} (${c.contactType}${liveIds.has(c.channelId) ? '' : ', sandbox'})`,
				value: c.channelId,
			})),
	};
}
