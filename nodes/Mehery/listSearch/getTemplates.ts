import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { ApiResponse_HSMTemplateDocObject_, HSMTemplateDoc } from '../../../schemas/mehery/types.generated';
import { listOf } from '../shared/envelope';
import { meheryApiRequest } from '../shared/transport';

/** Templates approved for the channel picked in the node (all templates when none is picked yet). */
export async function getTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	// The editor hands the unsaved parameters as "current"; a saved node has them as its own.
	const picked = this.getCurrentNodeParameter('channel', { extractValue: true }) ?? this.getNodeParameter('channel', '', { extractValue: true });
	const channelId = String(picked ?? '').trim();
	const qs = channelId ? { channelId, channelStatus: 'APPROVED' } : undefined;
	const response = (await meheryApiRequest.call(this, 'GET', '/api/v1/config/tmpl/hsm', undefined, qs)) as ApiResponse_HSMTemplateDocObject_;
	const needle = filter?.toLowerCase();
	return {
		results: (listOf(response) as unknown as HSMTemplateDoc[])
			.filter((t) => !needle || `${t.code} ${t.title ?? ''}`.toLowerCase().includes(needle))
			.map((t) => ({ name: `${t.title || t.code} (${t.code}, ${t.lang ?? 'any language'})`, value: t.id })),
	};
}
