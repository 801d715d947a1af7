import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import type { Label } from '../../../schemas/spotler/types.generated';
import { spotlerApiRequest } from '../shared/transport';
import { pickerCompanyId, searchResult } from './shared';

async function labels(ctx: ILoadOptionsFunctions): Promise<Label[]> {
	const companyId = await pickerCompanyId(ctx);
	return await spotlerApiRequest.call(ctx, 'GET', `/companies/${encodeURIComponent(companyId)}/labels`) as Label[];
}

export async function getLabels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return searchResult((await labels(this)).map((l) => ({ name: l.name, value: l.jid })), filter);
}

/** The same labels as options, for fields that take several (Conversation → Update). */
export async function getLabelOptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await labels(this)).map((l) => ({ name: l.name, value: l.jid })).sort((a, b) => a.name.localeCompare(b.name));
}
