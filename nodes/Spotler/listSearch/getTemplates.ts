import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { TemplateList } from '../../../schemas/spotler/types.generated';
import { spotlerApiRequest } from '../shared/transport';
import { pickerChannelPath, searchResult } from '../shared/pickers';

/** WhatsApp templates of the chosen channel, with their languages and review status. */
export async function getTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const { templates } = (await spotlerApiRequest.call(this, 'GET', `/channels/${pickerChannelPath(this)}/templates`)) as TemplateList;
	return searchResult(
		templates.map((t) => ({
			name: `${t.name} (${t.translations.map((tr) => `${tr.localeName}: ${tr.status.toLowerCase()}`).join(', ')})`,
			value: t.name,
		})),
		filter,
	);
}
