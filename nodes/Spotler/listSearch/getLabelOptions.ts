import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { companyLabels } from '../shared/labels';

/** The same labels as getLabels, as options, for fields that take several (Conversation → Update). */
export async function getLabelOptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await companyLabels(this)).map((l) => ({ name: l.name, value: l.jid })).sort((a, b) => a.name.localeCompare(b.name));
}
