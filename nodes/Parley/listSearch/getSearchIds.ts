import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchProfileList } from './getSearchProfiles';

/** Search profiles by id (case actions). */
export async function getSearchIds(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchProfileList(this, filter, 'id');
}
