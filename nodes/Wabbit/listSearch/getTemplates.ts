import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { templateLabel, type TemplateVersion } from '../../shared/templates';
import { matchesFilter } from '../shared/descriptions';
import { wabbitTemplateVersions } from '../shared/templates';

/** Every template with its languages and review status, so a rejected or pending one is seen before it is picked. */
export async function getTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const versions = (await wabbitTemplateVersions(this)).filter((v) => matchesFilter(filter, v.name));
	const names = new Map<string, TemplateVersion[]>();
	for (const v of versions) names.set(v.name, [...(names.get(v.name) ?? []), v]);
	return { results: [...names].map(([name, ofName]) => ({ name: templateLabel(name, ofName), value: name })) };
}
